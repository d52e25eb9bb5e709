"""Driving the real application without a person: wait for Qt and the ops layer, type like a keyboard.

Used by the screenshot run (``registry gui --screenshot``) and the UI bench; tests use pytest-qt instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from registry.ui.ops import Job


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


__all__ = ["type_text", "wait_job", "wait_until"]
