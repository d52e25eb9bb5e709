"""The Qt binding must not corrupt Python's reference counts: PySide6 6.12.0 did, and a long session aborted."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    flag = Signal(bool)


def test_signals_carrying_booleans_keep_reference_counts(qtbot) -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    label = QLabel()
    qtbot.addWidget(label)
    emitter.flag.connect(label.setVisible)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for index in range(500):
        emitter.flag.emit(index % 2 == 0)
        label.setText("x")  # a C++ method returning nothing
    received.clear()
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    # the faulty binding lost one reference per call (500 here) until Python freed True itself and aborted;
    # a few references more (pytest keeps some None) are harmless
    assert all(b - a >= 0 for a, b in zip(before, after, strict=True)), (before, after)
