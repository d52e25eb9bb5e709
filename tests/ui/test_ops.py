"""The ops layer: database work off the GUI thread, outcomes back on it, writes committed or rolled back."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QEvent, QObject, QThread
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.models import User
from registry.services.errors import ValidationError
from registry.services.users import UserInput, create_user
from registry.ui.ops import OperationCancelled, Ops


@pytest.fixture
def ops(qapp: QApplication, sessions: sessionmaker[Session]):
    running = Ops(sessions)
    yield running
    running.shutdown()


def _users(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)) or 0


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot, ops: Ops) -> None:
    seen: dict[str, object] = {}

    def work(session: Session) -> int:
        seen["worker_thread"] = threading.current_thread()
        return _users(session)

    def done(count: int) -> None:
        seen["count"] = count
        seen["delivered_on"] = QThread.currentThread()

    job = ops.read(work, success=done)
    qtbot.waitUntil(lambda: job.done)
    assert seen["count"] == 0
    assert seen["worker_thread"] is not threading.main_thread()
    assert seen["delivered_on"] is QApplication.instance().thread()
    assert not ops.busy


def test_a_write_commits_and_a_failed_write_leaves_nothing(qtbot, ops: Ops, sessions) -> None:
    failures: list[BaseException] = []
    good = ops.write(
        lambda s: create_user(s, UserInput("ana", "Ana Anić", "worker", "ana lozinka 2026"), actor_id=None).id
    )

    def half_then_fail(session: Session) -> None:
        create_user(session, UserInput("vedran", "Vedran Vidić", "worker", "vedran lozinka 2026"), actor_id=None)
        create_user(session, UserInput("x", "", "worker", "short"), actor_id=None)

    bad = ops.write(half_then_fail, failure=failures.append)
    qtbot.waitUntil(lambda: good.done and bad.done)
    assert isinstance(failures[0], ValidationError)
    with sessions() as session:
        assert sorted(session.scalars(select(User.username))) == ["ana"]  # vedran was rolled back with the rest


def test_a_newer_job_with_the_same_key_wins(qtbot, ops: Ops) -> None:
    delivered: list[str] = []
    gate = threading.Event()
    blocker = ops.read(lambda _s: gate.wait(5))  # holds the worker so the next jobs queue up
    for word in ("h", "ho", "hod"):
        ops.read(lambda _s, word=word: word, success=delivered.append, key="search")
    gate.set()
    qtbot.waitUntil(lambda: blocker.done and not ops.busy)
    assert delivered == ["hod"]


def test_a_running_job_superseded_by_its_key_is_not_delivered(qtbot, ops: Ops) -> None:
    delivered: list[str] = []
    started = threading.Event()

    def slow(_session: Session) -> str:
        started.set()
        time.sleep(0.3)
        return "old"

    ops.read(slow, success=delivered.append, key="search")
    assert started.wait(5)
    ops.read(lambda _s: "new", success=delivered.append, key="search")
    qtbot.waitUntil(lambda: not ops.busy)
    assert delivered == ["new"]


def test_long_work_reports_progress_and_cancel_rolls_it_back(qtbot, ops: Ops, sessions) -> None:
    failures: list[BaseException] = []

    def long_work(session: Session, progress) -> None:
        for step in range(1000):
            if step == 3:
                create_user(session, UserInput("marko", "Marko Marić", "worker", "marko lozinka 2026"), actor_id=None)
            progress.report(step, 1000)
            time.sleep(0.005)

    job = ops.with_progress(long_work, parent=None, label="…", failure=failures.append)
    shown: list[int] = []
    update_dialog = job.on_progress
    assert update_dialog is not None
    job.on_progress = lambda done, total: (shown.append(done), update_dialog(done, total))
    qtbot.waitUntil(lambda: len(shown) >= 2, timeout=5000)
    job.cancel()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert isinstance(failures[0], OperationCancelled)
    assert shown == sorted(shown) and shown[-1] < 999
    with sessions() as session:
        assert _users(session) == 0


def test_no_callback_for_a_widget_that_is_gone(qtbot, ops: Ops) -> None:
    called: list[int] = []
    owner = QObject()
    gate = threading.Event()
    job = ops.read(lambda _s: gate.wait(5) and 1, success=called.append, owner=owner)
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gate.set()
    qtbot.waitUntil(lambda: job.done)
    assert called == []


def test_unhandled_failures_go_to_the_failure_handler(qtbot, ops: Ops) -> None:
    reported: list[BaseException] = []
    ops.failure_handler = lambda error, _details: reported.append(error)
    job = ops.read(lambda _s: 1 / 0)
    qtbot.waitUntil(lambda: job.done)
    assert isinstance(reported[0], ZeroDivisionError)


def test_a_superseded_running_query_is_stopped_in_the_database(qtbot, ops: Ops) -> None:
    from sqlalchemy import text

    started = threading.Event()
    outcome: dict[str, float] = {}

    def endless(session: Session) -> int:
        started.set()
        began = time.perf_counter()
        try:
            if session.get_bind().dialect.name == "sqlite":
                sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
            else:
                sql = "SELECT pg_sleep(30)"
            return session.execute(text(sql)).scalar_one()
        finally:
            outcome["ran_for"] = time.perf_counter() - began

    old = ops.read(endless, key="count")
    assert started.wait(5)
    time.sleep(0.1)
    new = ops.read(lambda _s: 42, key="count", success=lambda value: outcome.update(value=value))
    qtbot.waitUntil(lambda: old.done and new.done, timeout=10_000)
    assert outcome["value"] == 42
    assert outcome["ran_for"] < 5  # interrupted, not run to its end


def test_background_reads_do_not_hold_up_the_main_lane(qtbot, ops: Ops) -> None:
    gate = threading.Event()
    delivered: list[str] = []
    slow = ops.read(lambda _s: gate.wait(5) and "count", background=True, success=delivered.append)
    quick = ops.read(lambda _s: "page", success=delivered.append)
    qtbot.waitUntil(lambda: quick.done, timeout=5000)
    assert delivered == ["page"] and not slow.done
    gate.set()
    qtbot.waitUntil(lambda: slow.done, timeout=5000)
    assert delivered == ["page", "count"]
    with pytest.raises(ValueError):
        ops.write(lambda _s: None, key="x")


class _Widgetish(QObject):
    """Stands for a page or dialog that a job's callbacks capture."""


def _outcome_freed_without_the_collector(qtbot, ops: Ops, fn) -> bool:
    """Run ``fn`` as a write whose callbacks capture a Qt object; once the outcome is delivered and the caller
    lets go, is that object freed by reference counting alone (not left for the cyclic collector)?"""
    import gc
    import weakref

    holder = _Widgetish()
    freed = weakref.ref(holder)
    outcome: list[object] = []
    was_enabled = gc.isenabled()
    gc.disable()  # only reference counting may free it here
    try:
        job = ops.write(
            fn,
            success=lambda result, h=holder: outcome.append((h, result)),
            failure=lambda error, h=holder: outcome.append((h, error)),
        )
        del holder
        qtbot.waitUntil(lambda: bool(outcome))
        del job
        outcome.clear()
        qtbot.wait(50)
        return freed() is None
    finally:
        if was_enabled:
            gc.enable()


def test_a_failed_job_leaves_no_reference_cycle_behind(qtbot, ops: Ops) -> None:
    """Before: the error's traceback held the worker's frame, whose ``job`` held the error, so a refused save kept
    its callbacks, their widgets and the whole context alive until the cyclic collector ran, on whatever thread it
    happened to run (often the ops worker: Qt objects deleted off the GUI thread, a rare segmentation fault)."""

    def refused(session: Session) -> None:
        create_user(session, UserInput("x", "", "worker", "short"), actor_id=None)  # a ValidationError

    assert _outcome_freed_without_the_collector(qtbot, ops, refused)


def test_the_worker_keeps_no_finished_job(qtbot, ops: Ops) -> None:
    """Before: the worker held the last job it ran until the next one came, and let go of it (and of the widgets
    its callbacks hold) on its own thread."""
    assert _outcome_freed_without_the_collector(qtbot, ops, lambda session: _users(session))


def test_cyclic_garbage_is_collected_on_the_gui_thread_only(qtbot, ops: Ops, gui_thread_collector) -> None:
    """Work on the ops worker makes cyclic garbage; every collection runs on the GUI thread, as in the application
    (before: the automatic collector ran on the worker, and freed Qt objects there)."""
    import gc

    from registry.ui.collector import GuiThreadCollector
    from registry.ui.launch import create_application

    on_gui_thread: list[bool] = []

    def noted(phase: str, _info: dict) -> None:
        if phase == "start":
            on_gui_thread.append(threading.current_thread() is threading.main_thread())

    def cycles(_session: Session) -> int:
        for _ in range(50_000):
            first: list[object] = []
            first.append([first])
        return 0

    before = gui_thread_collector.collections
    gc.callbacks.append(noted)
    try:
        job = ops.read(cycles)
        qtbot.waitUntil(lambda: job.done, timeout=10_000)
        qtbot.waitUntil(lambda: gui_thread_collector.collections > before, timeout=5_000)
    finally:
        gc.callbacks.remove(noted)
    assert on_gui_thread and all(on_gui_thread)
    app = create_application()  # the application's start installs it (once)
    assert len(app.findChildren(GuiThreadCollector)) == 1 and not gc.isenabled()
