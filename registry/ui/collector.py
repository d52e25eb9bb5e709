"""Python's cyclic garbage collector, run on the GUI thread only (after Anki's ``aqt.main`` GC section).

The collector runs on whichever thread happens to allocate when its thresholds are crossed, and the ops worker
allocates the most.  Freeing a Qt object's Python wrapper there deletes the C++ object on that thread, while the
GUI thread goes on using Qt: a crash now and then (seen as a segmentation fault "during garbage collection").
So automatic collection is switched off while the application runs and this timer, on the GUI thread, collects
the generations whose counts passed Python's own thresholds.  Cycles are still freed within a fraction of a second
(the timer runs while a long job works on the worker), only never on another thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Install once on the GUI thread (``install``); ``uninstall`` gives the collector back to Python."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gui_thread_collector")
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self.collections = 0  #: how many collections this timer ran (for tests)

    def install(self) -> None:
        gc.disable()  # no collection now: a full one right after the imports costs ~0.1 s of the start
        self._timer.start()

    def uninstall(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
        gc.collect()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold (the younger ones with it)."""
        counts = gc.get_count()
        due = [
            generation
            for generation in range(3)
            if self._thresholds[generation] and counts[generation] > self._thresholds[generation]
        ]
        if due:
            gc.collect(due[-1])
            self.collections += 1


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Switch automatic collection off and collect from a timer on the GUI thread, for as long as ``parent``."""
    collector = GuiThreadCollector(parent)
    collector.install()
    return collector


__all__ = ["GuiThreadCollector", "collect_on_gui_thread"]
