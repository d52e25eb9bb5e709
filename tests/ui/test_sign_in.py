"""Signing in, refusals in the user's language, the first administrator, choosing one's own password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import User
from registry.services.users import FREE_TRIES, reset_password
from registry.ui.ops import Ops
from registry.ui.sign_in import SignInDialog
from tests.ui.conftest import parentless_qt_objects, type_text


@pytest.fixture
def ops(qapp, sessions: sessionmaker[Session]):
    running = Ops(sessions)
    yield running
    running.shutdown()


def _dialog(qtbot, ops: Ops, *, first_start: bool = False, language: str = "bs") -> SignInDialog:
    dialog = SignInDialog(ops, first_start=first_start, language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _submit(qtbot, dialog: SignInDialog, ops: Ops) -> None:
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def test_signing_in(qtbot, ops, worker, sessions) -> None:
    with transaction(sessions) as session:
        session.execute(update(User).where(User.id == worker.id).values(must_change_password=False))
    dialog = _dialog(qtbot, ops)
    type_text(dialog.username, "amra")
    type_text(dialog.password, "correct horse battery")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.user is not None and dialog.user.id == worker.id and dialog.user.full_name == "Amra Hadžić"


def test_a_wrong_password_is_refused_in_the_users_language(qtbot, ops, worker, translations) -> None:
    translations.apply("bs")
    dialog = _dialog(qtbot, ops, language="bs")
    type_text(dialog.username, "amra")
    type_text(dialog.password, "pogrešna lozinka")
    _submit(qtbot, dialog, ops)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.general.isVisible()
    assert "lozink" in dialog.general.text().lower()  # Bosnian, from the service's message catalogue
    assert dialog.password.text() == "" and dialog.password.hasFocus()
    assert dialog.accept_button.isEnabled()


def test_unknown_user_gets_the_same_answer_as_a_wrong_password(qtbot, ops, worker) -> None:
    dialog = _dialog(qtbot, ops, language="en")
    type_text(dialog.username, "nobody")
    type_text(dialog.password, "whatever")
    _submit(qtbot, dialog, ops)
    unknown = dialog.general.text()
    type_text(dialog.username, "")
    dialog.username.setText("amra")
    type_text(dialog.password, "wrong one")
    _submit(qtbot, dialog, ops)
    assert dialog.general.text() == unknown


def test_repeated_failures_make_the_account_wait_and_say_so(qtbot, ops, worker) -> None:
    dialog = _dialog(qtbot, ops, language="en")
    dialog.username.setText("amra")
    for _ in range(FREE_TRIES):
        dialog.password.setText("wrong password")
        _submit(qtbot, dialog, ops)
    dialog.password.setText("correct horse battery")
    _submit(qtbot, dialog, ops)
    assert dialog.isVisible() and "10 minutes at most" in dialog.general.text()


def test_an_empty_user_name_is_asked_for_without_a_database_trip(qtbot, ops) -> None:
    dialog = _dialog(qtbot, ops, language="en")
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert not ops.busy
    assert dialog.messages.by_field["username"].isVisible()


def test_first_start_creates_the_administrator(qtbot, ops, sessions) -> None:
    dialog = _dialog(qtbot, ops, first_start=True, language="bs")
    assert not dialog.centre_label.isVisible() or dialog.centre_label.text() == ""
    type_text(dialog.full_name, "Đorđe Šćekić")
    type_text(dialog.username, "djordje")
    type_text(dialog.password, "dobra lozinka 2026")
    type_text(dialog.repeat, "dobra lozinka 2025")
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.messages.by_field["repeat"].isVisible() and not ops.busy  # checked before anything is sent
    dialog.repeat.clear()
    type_text(dialog.repeat, "dobra lozinka 2026")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.user is not None and dialog.user.role == "administrator"
    with sessions() as session:
        stored = session.scalar(select(User).where(User.username == "djordje"))
        assert stored.full_name == "Đorđe Šćekić" and stored.role == "administrator"
        assert not stored.must_change_password


def test_first_start_explains_a_weak_password_next_to_the_field(qtbot, ops, sessions) -> None:
    dialog = _dialog(qtbot, ops, first_start=True, language="en")
    type_text(dialog.full_name, "Ana Anić")
    type_text(dialog.username, "ana")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    _submit(qtbot, dialog, ops)
    message = dialog.messages.by_field["password"]
    assert message.isVisible() and "10" in message.text()
    with sessions() as session:
        assert session.scalar(select(User.id)) is None


def test_an_initial_password_must_be_replaced(qtbot, ops, sessions, worker, admin) -> None:
    with transaction(sessions) as session:
        reset_password(session, worker.id, "initial password 1", actor_id=admin.id)
    dialog = _dialog(qtbot, ops, language="en")
    dialog.username.setText("amra")
    dialog.password.setText("initial password 1")
    _submit(qtbot, dialog, ops)
    assert dialog.steps.currentIndex() == 1 and dialog.isVisible()
    type_text(dialog.new_password, "moja nova lozinka")
    type_text(dialog.new_repeat, "moja nova lozinka")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.user is not None and not dialog.user.must_change_password
    with sessions() as session:
        assert not session.get_one(User, worker.id).must_change_password


@pytest.mark.parametrize("first_start", [False, True], ids=["sign-in", "first-start"])
def test_every_field_of_the_dialog_belongs_to_it(qtbot, ops, first_start: bool) -> None:
    """Before: signing in, the first start's full name and repeated password were made and never placed, so no Qt
    parent held them; freeing the dialog on an ops worker (it held the last sign-in job) deleted them there."""
    dialog = _dialog(qtbot, ops, first_start=first_start, language="bs")
    assert parentless_qt_objects(dialog, allowed=(Ops,)) == []
    assert not dialog.full_name.isVisible() or first_start
