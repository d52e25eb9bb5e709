"""The idle lock: the window is covered after a quiet spell, input goes nowhere else, typed text survives, and the
password (not any other) unlocks; administrators set the minutes."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.models import Centre
from registry.ui.idle_lock import IdleLock
from registry.ui.main_window import MainWindow
from registry.ui.pages import PageRegistry
from tests.ui.conftest import type_text


class EditorPage(QWidget):
    def __init__(self, _ctx) -> None:
        super().__init__()
        self.editor = QLineEdit()
        QVBoxLayout(self).addWidget(self.editor)


def _window(qtbot, ctx) -> MainWindow:
    pages = PageRegistry()
    pages.add_page("editor", EditorPage, title=lambda: "Editor")
    window = MainWindow(ctx, pages)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_locks_after_idle_keeps_input_and_unlocks_with_the_password(qtbot, make_ctx, worker) -> None:
    window = _window(qtbot, make_ctx(worker))
    editor = window.page("editor").editor
    type_text(editor, "Nedovršena bilješka: Đurđa i Ćamil")
    lock = IdleLock(window, timeout_ms=150)
    qtbot.waitUntil(lambda: lock.locked, timeout=5_000)
    assert window.isVisible() and lock.form.isVisible()
    assert lock.form.geometry() == window.rect()
    # input meant for the covered window goes nowhere
    QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, "x", Qt.KeyboardModifier.NoModifier)
    assert editor.text() == "Nedovršena bilješka: Đurđa i Ćamil"
    type_text(lock.form.password, "wrong password here")
    lock.form.unlock_button.click()
    qtbot.waitUntil(lambda: lock.form.message.isVisible(), timeout=10_000)
    assert lock.locked and lock.form.password.text() == ""
    type_text(lock.form.password, "correct horse battery")
    lock.form.unlock_button.click()
    qtbot.waitUntil(lambda: not lock.locked, timeout=10_000)
    assert editor.text() == "Nedovršena bilješka: Đurđa i Ćamil"
    type_text(editor, "!")
    assert editor.text().endswith("Ćamil!")


def test_input_keeps_it_unlocked(qtbot, make_ctx, worker) -> None:
    window = _window(qtbot, make_ctx(worker))
    editor = window.page("editor").editor
    lock = IdleLock(window, timeout_ms=1000)
    # typing for longer than the timeout, a key every 100 ms; on a busy machine a pause between two keys can
    # stretch, so the longest one is measured: the lock may close only after a pause as long as its timeout
    started = last = time.monotonic()
    longest = 0.0
    while last - started < 1.6:
        qtbot.wait(100)
        QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, "a", Qt.KeyboardModifier.NoModifier)
        now = time.monotonic()
        longest, last = max(longest, now - last), now
    assert longest < 0.9, f"the machine paused {longest:.2f} s between two keys: the test could not type steadily"
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=5_000)


def test_sign_out_from_the_lock(qtbot, make_ctx, worker) -> None:
    window = _window(qtbot, make_ctx(worker))
    lock = IdleLock(window, timeout_ms=100)
    qtbot.waitUntil(lambda: lock.locked, timeout=5_000)
    # without the password nobody may answer "stay" to an unsaved-changes question: the sign-out is forced
    with qtbot.waitSignal(window.forced_sign_out_requested):
        lock.form.sign_out_button.click()
    assert not lock.locked


def test_administrator_sets_the_minutes(qtbot, make_ctx, admin, sessions: sessionmaker[Session]) -> None:
    window = _window(qtbot, make_ctx(admin))
    assert window.idle_lock_action is not None and window.idle_lock_action.isVisible()
    dialog = window.idle_lock.open_setting()
    dialog.minutes.setValue(3)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    QCoreApplication.processEvents()
    assert window.idle_lock.timer.interval() == 3 * 60_000
    with sessions() as session:
        assert session.scalar(select(Centre.idle_lock_minutes)) == 3


def test_workers_have_no_setting(qtbot, make_ctx, worker) -> None:
    window = _window(qtbot, make_ctx(worker))
    assert window.idle_lock_action is None
