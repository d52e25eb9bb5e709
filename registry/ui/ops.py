"""Database work off the GUI thread: the operations layer every widget goes through (after Anki's ``aqt.operations``).

One worker thread runs every job, one after another, each with its own Session: SQLite has a single writer, and a
queue keeps writes in the order the user made them.  Results come back on the GUI thread as Qt queued signals (the
worker is a QThread; nothing is emitted from a plain ``threading.Thread``), to a ``success`` or ``failure``
callback.  Widgets never commit: ``write`` jobs run in a transaction that commits when the job returns and rolls
back when it raises.

A read given a ``key`` supersedes the queued or running read with the same key: search-as-you-type sends one job
per keystroke and only the newest result is delivered; a superseded read that is already running is interrupted in
the database (``sqlite3`` ``interrupt()``, PostgreSQL cancel), so the newer one does not wait for it.  Long work
takes a ``Progress`` and can be cancelled.

Counting a million rows takes up to a few seconds; such reads go to a second, read-only lane (``background=True``)
so that they never hold up the next page of a list.  Writes only ever run on the one main lane.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction

T = TypeVar("T")
Kind = Literal["read", "write", "call"]
log = logging.getLogger(__name__)


class OperationCancelled(Exception):
    """The user pressed Cancel; a write job's transaction is rolled back."""


class Progress:
    """Handed to long work: ``report`` how far it got; raises OperationCancelled once the user asked to stop."""

    _INTERVAL = 0.05

    def __init__(self, job: Job[Any], bridge: _Bridge) -> None:
        self._job = job
        self._bridge = bridge
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._job.cancel_requested.is_set()

    def report(self, done: int, total: int = 0) -> None:
        if self.cancelled:
            raise OperationCancelled()
        moment = time.monotonic()
        if moment - self._last >= self._INTERVAL or (total and done >= total):
            self._last = moment
            self._bridge.progressed.emit(self._job, done, total)


@dataclass(eq=False)
class Job(Generic[T]):
    """One piece of database work and what to do with its outcome."""

    fn: Callable[..., T]
    kind: Kind
    success: Callable[[T], None] | None = None
    failure: Callable[[BaseException], None] | None = None
    owner: QObject | None = None
    key: str | None = None
    on_progress: Callable[[int, int], None] | None = None
    with_progress: bool = False
    cancel_requested: threading.Event = field(default_factory=threading.Event)
    superseded: bool = False
    result: T | None = None
    error: BaseException | None = None
    details: str = ""
    #: set on the GUI thread once the outcome was handed over (or dropped, for a superseded job)
    done: bool = False
    background: bool = False
    _interrupt: Callable[[], None] | None = field(default=None, repr=False)

    def cancel(self) -> None:
        """Ask the job to stop (it notices at its next ``Progress.report``); a queued job never starts."""
        self.cancel_requested.set()

    def interrupt(self) -> None:
        """Cancel, and stop the statement a read is running right now (its outcome is dropped anyway)."""
        self.cancel()
        stop = self._interrupt
        if stop is not None:
            stop()


def _interrupter(session: Session) -> Callable[[], None] | None:
    """What stops the statement running on this session's connection, from another thread."""
    raw = session.connection().connection.dbapi_connection
    for name in ("interrupt", "cancel"):  # sqlite3 / psycopg
        method = getattr(raw, name, None)
        if callable(method):
            return method
    return None


def _without_frames(error: BaseException) -> BaseException:
    """The error without its traceback (nor those of the errors it was raised from), once its text is kept.

    A traceback holds the worker's frame, whose ``job`` holds the error: a reference cycle through the job's
    callbacks, their widgets and the whole context, which only the cyclic collector frees, on whatever thread
    happens to run it (often this worker: Qt objects deleted off the GUI thread, a crash now and then).
    """
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__cause__, current.__context__]
    return error


class _Bridge(QObject):
    """Lives on the GUI thread; the worker emits through it, so delivery is queued onto the GUI thread.

    Finished jobs wait in ``done`` (a worker appends, the GUI thread takes them, one per ``finished``): the signal
    carries no job, so a worker holds none once it has signalled.
    """

    finished = Signal()
    progressed = Signal(object, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.done: deque[Job[Any]] = deque()


class _Worker(QThread):
    def __init__(self, sessions: sessionmaker[Session], bridge: _Bridge, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._sessions = sessions
        self._bridge = bridge
        self._queue: deque[Job[Any]] = deque()
        self._condition = threading.Condition()
        self._stopping = False
        self._current: Job[Any] | None = None

    def submit(self, job: Job[Any]) -> list[Job[Any]]:
        """Queue ``job``; returns the queued jobs it superseded (they will never run)."""
        dropped: list[Job[Any]] = []
        with self._condition:
            if job.key is not None:
                dropped = [queued for queued in self._queue if queued.key == job.key]
                for queued in dropped:
                    self._queue.remove(queued)
                    queued.superseded = True
                if self._current is not None and self._current.key == job.key:
                    self._current.superseded = True
                    self._current.interrupt()  # under the lock: the connection is still this job's
            self._queue.append(job)
            self._condition.notify()
        return dropped

    def withdraw(self, job: Job[Any]) -> bool:
        """Take ``job`` out of the queue (True), or interrupt it if it is running; its outcome is dropped."""
        with self._condition:
            job.superseded = True
            if job in self._queue:
                self._queue.remove(job)
                return True
            if self._current is job:
                job.interrupt()
        return False

    def stop(self) -> list[Job[Any]]:
        with self._condition:
            self._stopping = True
            dropped = list(self._queue)
            self._queue.clear()
            if self._current is not None:
                self._current.interrupt()
            self._condition.notify()
        return dropped

    def run(self) -> None:
        while True:
            with self._condition:
                while not self._queue and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                job = self._current = self._queue.popleft()
            self._execute(job)
            with self._condition:
                self._current = None
                self._bridge.done.append(job)
            # The job's callbacks hold widgets: this thread lets go of it before the GUI thread is told, so the last
            # reference is always dropped there (a widget freed on this thread would be deleted on it).
            del job
            self._bridge.finished.emit()

    def _execute(self, job: Job[Any]) -> None:
        try:
            if job.cancel_requested.is_set():
                raise OperationCancelled()
            extra = (Progress(job, self._bridge),) if job.with_progress else ()
            if job.kind == "call":
                job.result = job.fn(self._sessions, *extra)
            elif job.kind == "write":
                with transaction(self._sessions) as session:
                    job.result = job.fn(session, *extra)
            else:
                with self._sessions() as session:
                    if job.key is not None:
                        stop = _interrupter(session)
                        with self._condition:
                            job._interrupt = stop
                    try:
                        if job.cancel_requested.is_set():
                            raise OperationCancelled()
                        job.result = job.fn(session, *extra)
                    finally:
                        # before the connection goes back to the pool (the other lane may take it next)
                        with self._condition:
                            job._interrupt = None
        except Exception as error:  # every failure goes back to the GUI thread, none is lost in the worker
            job.details = traceback.format_exc()
            job.error = _without_frames(error)


class Ops(QObject):
    """The one door from widgets to the database.

    ``read(fn)`` runs ``fn(session)``; ``write(fn)`` runs it in a transaction; ``call(fn)`` gives ``fn`` the
    session factory, for services that manage their own transactions (such as signing in, whose failure count
    must be committed even though it raises).
    """

    busy_changed = Signal(bool)

    def __init__(self, sessions: sessionmaker[Session], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)
        self._bridge.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._pending: set[Job[Any]] = set()
        self._worker = _Worker(sessions, self._bridge, "registry-ops")
        self._worker.start()
        self._background: _Worker | None = None
        #: called with (error, details) for failures a job did not handle itself; set by the main window
        self.failure_handler: Callable[[BaseException, str], None] | None = None

    # ---- submitting ------------------------------------------------------------------------------------------
    def read(self, fn: Callable[[Session], T], *, background: bool = False, **options: Any) -> Job[T]:
        """``background``: a long read-only query (a count) on the second lane, out of the way of pages."""
        return self._submit(Job(fn, "read", background=background, **options))

    def write(self, fn: Callable[[Session], T], **options: Any) -> Job[T]:
        if options.get("key") is not None:
            raise ValueError("a write is never superseded: it runs once, in order")
        return self._submit(Job(fn, "write", **options))

    def call(self, fn: Callable[[sessionmaker[Session]], T], **options: Any) -> Job[T]:
        return self._submit(Job(fn, "call", **options))

    def with_progress(
        self,
        fn: Callable[[Session, Progress], T],
        *,
        parent: QWidget | None,
        label: str,
        write: bool = True,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> Job[T]:
        """Run long work behind a progress dialog whose Cancel button stops it (a write is then rolled back)."""
        dialog = QProgressDialog(label, QCoreApplication.translate("Ops", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Ops", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progressed(done: int, total: int) -> None:
            if total and dialog.maximum() != total:
                dialog.setMaximum(total)
            dialog.setValue(min(done, total) if total else 0)

        def finish(callback: Callable[[Any], None] | None, outcome: Any, is_failure: bool) -> None:
            dialog.close()
            dialog.deleteLater()
            if callback is not None:
                callback(outcome)
            elif is_failure and not isinstance(outcome, OperationCancelled):
                self._report_failure(outcome, "")

        job = Job(fn, "write" if write else "read", with_progress=True, on_progress=progressed)
        job.success = lambda result: finish(success, result, False)
        job.failure = lambda error: finish(failure, error, True)
        dialog.canceled.connect(job.cancel)
        return self._submit(job)

    def _submit(self, job: Job[T]) -> Job[T]:
        was_busy = self.busy
        lane = self._worker
        if job.background:
            if self._background is None:
                self._background = _Worker(self.sessions, self._bridge, "registry-ops-background")
                self._background.start()
            lane = self._background
        for dropped in lane.submit(job):
            self._pending.discard(dropped)
            dropped.done = True
        self._pending.add(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    def cancel(self, job: Job[Any]) -> None:
        """Drop a read nobody needs any more (a count for a query the user has left): a queued one never runs,
        a running one is interrupted; no callback is called."""
        if job.done or job.kind == "write":
            return
        lane = self._background if job.background else self._worker
        if lane is not None and lane.withdraw(job):
            self._pending.discard(job)
            job.done = True
            if not self.busy:
                self.busy_changed.emit(False)

    # ---- state -----------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self, wait_ms: int = 10_000) -> None:
        """Stop the worker after the job it is running (queued jobs are dropped); safe to call twice."""
        for lane in (self._worker, self._background):
            if lane is not None and lane.isRunning():
                lane.stop()
                lane.wait(wait_ms)
        self._pending.clear()

    # ---- delivery on the GUI thread ------------------------------------------------------------------------
    @Slot(object, int, int)
    def _progressed(self, job: Job[Any], done: int, total: int) -> None:
        if job.on_progress is not None and not job.superseded:
            job.on_progress(done, total)

    @Slot()
    def _deliver_done(self) -> None:
        """Hand over the oldest finished job waiting in the bridge (each finished job sends one signal)."""
        try:
            job = self._bridge.done.popleft()
        except IndexError:
            return
        self._deliver(job)

    def _deliver(self, job: Job[Any]) -> None:
        self._pending.discard(job)
        job.done = True
        try:
            if job.superseded:
                return
            if job.owner is not None and not shiboken6.isValid(job.owner):
                return  # the widget that asked is gone
            if job.error is None:
                if job.success is not None:
                    job.success(job.result)
            elif job.failure is not None:
                job.failure(job.error)
            elif not isinstance(job.error, OperationCancelled):
                self._report_failure(job.error, job.details)
        finally:
            if not self.busy:
                self.busy_changed.emit(False)

    def _report_failure(self, error: BaseException, details: str) -> None:
        from registry.services.errors import RegistryError

        if not isinstance(error, RegistryError):
            log.error("database work failed: %s\n%s", error, details)
        if self.failure_handler is not None:
            self.failure_handler(error, details)


__all__ = ["Job", "OperationCancelled", "Ops", "Progress"]
