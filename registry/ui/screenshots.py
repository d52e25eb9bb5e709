"""``registry gui --screenshot DIR``: sign in as the first demo supervisor and save PNGs of the main screens.

It drives the real application (sign-in dialog, ops layer, pages) and works on Qt's offscreen platform.  Each
screenshot is a ``ScreenshotStep`` in the page registry (``registry.add_screenshot``), so every part of the
application adds its own; files are numbered in step order (``01-sign-in.png`` ...).

Passwords are never bypassed: the supervisor signs in with the demo data's password.  A register without any
supervisor (say, a fresh one without demo data) gets one created here, for screenshots only.
"""

from __future__ import annotations

import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy.orm import Session, sessionmaker

from registry.services.users import first_active_username
from registry.ui.ops import Job

if TYPE_CHECKING:
    from registry.ui.launch import Launcher
    from registry.ui.main_window import MainWindow


def wait_until(predicate: Callable[[], Any], timeout: float = 15.0) -> bool:
    """Let Qt run (ops results arrive, timers fire, widgets paint) until ``predicate()`` is true or time is up."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)
    app.processEvents()
    return True


def wait_job(job: Job[Any], timeout: float = 30.0) -> Any:
    if not wait_until(lambda: job.done, timeout):
        raise TimeoutError("the database did not answer in time")
    if job.error is not None:
        raise job.error
    return job.result


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (any script: QTest.keyClicks aborts on non-ASCII characters)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _demo_supervisor(sessions: sessionmaker[Session]) -> tuple[str, str]:
    """User name and password of the first demo supervisor; one is created when the register has none."""
    demo_password: str | None
    try:
        from registry.services.demo import DEMO_PASSWORD

        demo_password = DEMO_PASSWORD
    except ImportError:  # pragma: no cover - demo data not part of this build
        demo_password = None
    with sessions() as session:
        username = first_active_username(session, "supervisor")
    if username is not None and demo_password:
        return username, demo_password
    if username is not None:
        raise RuntimeError("no demo password known for the supervisor accounts")
    from registry.services.users import UserInput, create_user

    password = demo_password or secrets.token_urlsafe(16)
    with sessions() as session, session.begin():
        create_user(session, UserInput("screenshot.supervisor", "Jasmina Karić", "supervisor", password,
                                       must_change_password=False), actor_id=None)
    return "screenshot.supervisor", password


def take_screenshots(launcher: Launcher, folder: Path) -> int:
    """Save every registered screenshot into ``folder``; returns the exit code (0: all saved)."""
    from registry.ui.launch import startup_facts
    from registry.ui.pages import page_registry

    folder.mkdir(parents=True, exist_ok=True)
    try:
        username, password = wait_job(launcher.ops.call(_demo_supervisor))
        launcher.facts = wait_job(launcher.ops.read(startup_facts))
    except (RuntimeError, TimeoutError) as error:
        print(f"screenshots: {error}", file=sys.stderr)
        return 1
    opened: list[MainWindow] = []
    launcher.window_opened.connect(opened.append)
    dialog = launcher.show_sign_in()
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSize()))
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    wait_until(lambda: dialog.isVisible())
    saved = [_save(dialog, folder, 1, "sign-in")]
    dialog.accept_button.click()

    def refused() -> bool:
        return shiboken6.isValid(dialog) and dialog.general.isVisible()

    if not wait_until(lambda: bool(opened) or refused(), 30):
        print("screenshots: signing in took too long", file=sys.stderr)
        return 1
    if not opened:
        print(f"screenshots: signing in as {username} failed: {dialog.general.text()}", file=sys.stderr)
        return 1
    window = opened[-1]
    window.resize(1360, 820)
    wait_until(lambda: not launcher.ops.busy)
    steps = sorted(page_registry().screenshots, key=lambda step: step.order)
    for number, step in enumerate(steps, start=2):
        widget = step.take(window)
        if widget is None:
            continue
        wait_until(lambda: not launcher.ops.busy)
        saved.append(_save(widget, folder, number, step.name))
        if isinstance(widget, QDialog) and widget is not window:
            widget.reject()
            widget.deleteLater()
        QCoreApplication.processEvents()
    for path in saved:
        print(path)
    return 0


def _save(widget: QWidget, folder: Path, number: int, name: str) -> Path:
    widget.show()
    widget.raise_()
    QCoreApplication.processEvents()
    path = folder / f"{number:02d}-{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


# ---- the steps of the case list and the new-case dialog --------------------------------------------------------
def case_list_step(window: MainWindow) -> QWidget | None:
    from registry.ui.case_list import CaseListPage

    key = "all_cases" if "all_cases" in window.page_keys() else None
    if key is None:
        return None
    page = window.show_page(key)
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
    QCoreApplication.sendEvent(dialog.jmbg, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Tab,
                                                      Qt.KeyboardModifier.NoModifier))
    return dialog


def _first_child(window: MainWindow) -> tuple[str, str] | None:
    """Family and given name of the first child in the list, in Latin script (it may be entered in Cyrillic:
    the duplicate check finds it either way)."""
    from registry.services.transliteration import to_latin
    from registry.ui.case_list import CaseListPage

    page = window.page("all_cases")
    if isinstance(page, CaseListPage) and page.model.rowCount():
        child = page.model.index(0, 1).data()
        if isinstance(child, str) and " " in child.strip() and child != "…":
            family, given = to_latin(child).split(" ", 1)
            return family, given
    return None


__all__ = ["case_list_step", "new_case_form_step", "new_case_step", "take_screenshots", "type_text", "wait_job",
           "wait_until"]
