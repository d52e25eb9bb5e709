"""The main window and the launcher: navigation by role, status bar, new case, language switch, sign-out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import User
from registry.services.users import UserInput, create_user
from registry.ui.administration import AccountDialog, AdministrationPage
from registry.ui.case_list import CaseListPage
from registry.ui.launch import Launcher, display_problem, run_gui
from registry.ui.main_window import MainWindow
from tests.ui.conftest import register, seed_demo_cases, type_text


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _auditor(sessions: sessionmaker[Session]) -> User:
    with transaction(sessions) as session:
        return create_user(
            session, UserInput("revizor", "Marija Jukić", "auditor", "revizor lozinka 2026"), actor_id=None
        )


def test_navigation_follows_the_role(qtbot, make_ctx, sessions, worker, supervisor, admin) -> None:
    auditor = _auditor(sessions)
    expected = {
        worker: ["my_cases", "all_cases", "referrals", "overdue", "case", "import", "statistics"],
        supervisor: [
            "dashboard",
            "my_cases",
            "all_cases",
            "referrals",
            "overdue",
            "institutions",
            "case",
            "audit",
            "import",
            "statistics",
        ],
        admin: ["institutions", "protocol_templates", "administration"],  # no case content
        auditor: ["all_cases", "referrals", "overdue", "case", "audit", "statistics"],
    }
    for user, keys in expected.items():
        window = _window(qtbot, make_ctx(user))
        assert window.page_keys() == keys
        assert window.new_case_action.isVisible() == (user.role in ("worker", "supervisor"))
        window.close_for_rebuild()


def test_pages_are_built_when_first_shown(qtbot, make_ctx, supervisor) -> None:
    window = _window(qtbot, make_ctx(supervisor))
    assert set(window.built_pages()) == {"dashboard"}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "overdue" and "overdue" in window.built_pages()


def test_status_bar_names_centre_user_and_database_without_its_password(qtbot, make_ctx, supervisor) -> None:
    ctx = make_ctx(supervisor, "bs")
    ctx.engine = create_engine("postgresql+psycopg://registar:tajna-lozinka@db.centar.ba:5432/registar")
    window = _window(qtbot, ctx)
    assert window.centre_label.text().startswith("JU Kantonalni centar za socijalni rad Sarajevo")
    assert window.user_label.text() == "Драган Јовић"
    assert window.role_label.text() == "Rukovodilac"
    assert window.database_label.text() == "Registar na serveru db.centar.ba (baza registar)"
    assert "tajna" not in window.database_label.text() and "tajna" not in window.database_label.toolTip()


def test_new_case_from_the_window_opens_it_and_refreshes_the_lists(qtbot, make_ctx, sessions, supervisor) -> None:
    window = _window(qtbot, make_ctx(supervisor))
    page = window.show_page("all_cases")
    assert isinstance(page, CaseListPage)
    qtbot.waitUntil(lambda: page.model.count == 0, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.new_case_dialog
    qtbot.waitUntil(dialog.isVisible)
    type_text(dialog.find_family, "Šehić")
    QTest.mouseClick(dialog.new_child_button, Qt.MouseButton.LeftButton)
    type_text(dialog.given_name, "Mirza")
    dialog.referral_source.setCurrentIndex(dialog.referral_source.findData("police"))
    with qtbot.waitSignal(window.open_case, timeout=10_000) as opened:
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.count == 1 and page.model.rowCount() == 1, timeout=5000)
    assert page.model.case_id(0) == opened.args[0]


def _launch(qtbot, engine, sessions, language: str | None) -> Launcher:
    launcher = Launcher(engine, language=language, sessions=sessions)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    return launcher


def _sign_in(qtbot, launcher: Launcher, username: str, password: str) -> MainWindow:
    dialog = launcher.dialog
    assert dialog is not None
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(), timeout=10_000)
    return launcher.window


@pytest.fixture
def ready_supervisor(sessions, supervisor) -> User:
    with transaction(sessions) as session:
        session.execute(update(User).where(User.id == supervisor.id).values(must_change_password=False))
    return supervisor


def test_launcher_signs_in_and_switches_language_live(qtbot, engine, sessions, ready_supervisor, translations) -> None:
    launcher = _launch(qtbot, engine, sessions, "bs")
    try:
        assert launcher.dialog.heading.text() == "Prijava"
        window = _sign_in(qtbot, launcher, "dragan", "supervisor password 1")
        window.show_page("all_cases")
        assert window.navigation.currentItem().text() == "Svi predmeti"
        window.language_actions["sr-Cyrl"].trigger()
        qtbot.waitUntil(lambda: launcher.window is not window and launcher.window is not None, timeout=10_000)
        rebuilt = launcher.window
        assert rebuilt.navigation.currentItem().text() == "Сви предмети"  # same page, new language
        assert rebuilt.menuBar().actions()[0].text() == "&Датотека"
        page = rebuilt.page("all_cases")
        assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Дијете"
        qtbot.waitUntil(lambda: not launcher.ops.busy, timeout=5000)
        with sessions() as session:
            assert session.scalar(select(User.language).where(User.id == ready_supervisor.id)) == "sr-Cyrl"
    finally:
        launcher.shutdown()


def test_the_users_own_language_wins_over_the_centres(qtbot, engine, sessions, ready_supervisor, translations) -> None:
    with transaction(sessions) as session:
        session.execute(update(User).where(User.id == ready_supervisor.id).values(language="hr"))
    launcher = _launch(qtbot, engine, sessions, None)
    try:
        window = _sign_in(qtbot, launcher, "dragan", "supervisor password 1")
        assert window.ctx.language == "hr"
        assert window.settings_menu.title() == "&Postavke" and window.role_label.text() == "Voditelj službe"
    finally:
        launcher.shutdown()


def test_sign_out_goes_back_to_the_sign_in(qtbot, engine, sessions, ready_supervisor, translations) -> None:
    launcher = _launch(qtbot, engine, sessions, "en")
    try:
        window = _sign_in(qtbot, launcher, "dragan", "supervisor password 1")
        window.sign_out_requested.emit()
        qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
        assert launcher.window is None
    finally:
        launcher.shutdown()


def test_save_when_signing_out_signs_out_once_saved(qtbot, engine, sessions, ready_supervisor, translations) -> None:
    from registry.services import cases
    from registry.ui.case_editor import PAGE_KEY, CaseEditorPage

    case_id = register(sessions, ready_supervisor, "Amina", "Hodžić", lead_worker_id=ready_supervisor.id)
    launcher = _launch(qtbot, engine, sessions, "en")
    try:
        window = _sign_in(qtbot, launcher, "dragan", "supervisor password 1")
        window.open_case.emit(case_id)
        editor = window.page(PAGE_KEY)
        assert isinstance(editor, CaseEditorPage)
        qtbot.waitUntil(lambda: editor.view is not None and not launcher.ops.busy, timeout=10_000)
        editor.ask_unsaved = lambda _parent: "save"
        type_text(editor.child.school, "OŠ Žepče")
        window.sign_out_requested.emit()
        assert launcher.window is window  # the save runs first
        qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=10_000)
        assert launcher.window is None
        with sessions() as session:
            assert cases.get_case(session, case_id).child.school == "OŠ Žepče"
    finally:
        launcher.shutdown()


def test_closing_the_window_ends_the_application(qtbot, engine, sessions, ready_supervisor, translations) -> None:
    launcher = _launch(qtbot, engine, sessions, "en")
    try:
        window = _sign_in(qtbot, launcher, "dragan", "supervisor password 1")
        with qtbot.waitSignal(launcher.finished) as finished:
            window.close()
        assert finished.args == [0]
    finally:
        launcher.shutdown()


def test_administrator_adds_an_account(qtbot, qtmodeltester, make_ctx, sessions, admin) -> None:
    window = _window(qtbot, make_ctx(admin, "en"))
    page = window.show_page("administration")
    assert isinstance(page, AdministrationPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(page.model, force_py=True)
    page.new_button.click()
    dialog = page.findChild(AccountDialog)
    type_text(dialog.full_name, "Lejla Džafić")
    type_text(dialog.username, "lejla")
    dialog.role.setCurrentIndex(dialog.role.findData("worker"))
    type_text(dialog.password, "početna lozinka 1")
    type_text(dialog.repeat, "početna lozinka 1")
    dialog.findChild(type(page.new_button), "save").click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    with sessions() as session:
        created = session.scalar(select(User).where(User.username == "lejla"))
        assert created.role == "worker" and created.must_change_password
    row = next(r for r in range(2) if page.model.account(r).username == "lejla")
    page.table.selectRow(row)
    page.active_button.click()
    qtbot.waitUntil(lambda: not page.model.account(row).active, timeout=5000)


def test_no_display_is_said_plainly(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert display_problem() == "cli.no_display"
    assert display_problem(screenshot=True) is None
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert display_problem() is None
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display_problem() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setattr(sys, "platform", "win32")
    assert display_problem() is None


def test_screenshots_of_a_demo_register(qtbot, engine, sessions, tmp_path: Path, translations) -> None:
    seed_demo_cases(sessions, 300)
    folder = tmp_path / "shots"
    assert run_gui(engine, language="en", screenshot_dir=folder) == 0
    names = sorted(path.name for path in folder.glob("*.png"))
    assert names[:4] == ["01-sign-in.png", "02-case-list.png", "03-new-case-search.png", "04-new-case-form.png"]
    image = QImage(str(folder / "02-case-list.png"))
    assert image.width() >= 1200 and image.height() >= 700


def test_registered_case_count_in_my_cases(qtbot, make_ctx, sessions, worker) -> None:
    register(sessions, worker, "Amar", "Begović")
    window = _window(qtbot, make_ctx(worker))
    page = window.page("my_cases")
    # the count arrives from the background lane; the label is what the user reads
    qtbot.waitUntil(lambda: page.count_label.text() == "1 case", timeout=5000)
    assert page.model.count == 1


@pytest.mark.parametrize("language", ["bs", "sr-Cyrl"])
def test_administrator_ends_an_accounts_wait(qtbot, make_ctx, sessions, admin, worker, language, tmp_path) -> None:
    from registry.services.users import FREE_TRIES, SignInRefused, sign_in

    for _ in range(FREE_TRIES):
        with pytest.raises(SignInRefused):
            sign_in(sessions, "amra", "pogrešna lozinka")
    window = _window(qtbot, make_ctx(admin, language))
    page = window.show_page("administration")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    row = next(r for r in range(2) if page.model.account(r).username == "amra")
    page.table.selectRow(row)
    state = page.model.index(row, 3).data()
    assert page.unlock_button.isEnabled() and state in (
        "aktivan, čeka nakon pogrešnih lozinki",
        "активан, чека после погрешних лозинки",
    )
    window.grab().save(str(tmp_path / f"administration-{language}.png"))
    if os.environ.get("REGISTRY_SHOTS"):
        window.grab().save(os.path.join(os.environ["REGISTRY_SHOTS"], f"administration-{language}.png"))
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.model.account(row).failed_logins == 0, timeout=5000)
    assert not page.unlock_button.isEnabled()
    assert sign_in(sessions, "amra", "correct horse battery").id == worker.id
