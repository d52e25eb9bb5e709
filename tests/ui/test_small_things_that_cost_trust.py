"""Small things that cost trust (issue 14.5), each checked on the screen where staff met it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from registry.models import User
from registry.ui.launch import Launcher
from tests.ui.conftest import type_text


def _launch(qtbot, engine, sessions, language: str) -> Launcher:
    launcher = Launcher(engine, language=language, sessions=sessions)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    return launcher


def test_after_the_first_start_signing_out_asks_for_user_name_and_password(
    qtbot, engine, sessions, translations
) -> None:
    launcher = _launch(qtbot, engine, sessions, "bs")
    try:
        dialog = launcher.dialog
        assert dialog.first_start and dialog.heading.text().startswith("Prvo pokretanje")
        type_text(dialog.full_name, "Edin Hasanović")
        type_text(dialog.username, "edin")
        type_text(dialog.password, "dobra lozinka 2026")
        type_text(dialog.repeat, "dobra lozinka 2026")
        QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(), timeout=10_000)
        launcher.window.sign_out_requested.emit()
        qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
        again = launcher.dialog
        assert not again.first_start
        assert again.heading.text() == "Prijava"
        assert not again.full_name.isVisible() and not again.repeat.isVisible()
        type_text(again.username, "amra")
        type_text(again.password, "lozinka radnice 2026")
        assert again.password.echoMode() == again.password.EchoMode.Password  # the password is never in clear
        assert again.username.text() == "amra"
        with sessions() as session:
            assert session.scalars(select(User.username)).all() == ["edin"]
    finally:
        launcher.shutdown()


def _editor(qtbot, ctx, case_id: int):
    from registry.ui.case_editor import CaseEditorPage

    editor = CaseEditorPage(ctx)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    editor.open_case(case_id)
    qtbot.waitUntil(lambda: editor.view is not None and not ctx.ops.busy, timeout=10_000)
    return editor


def _idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10_000)


def test_next_status_waits_for_a_choice(qtbot, make_ctx, sessions, supervisor) -> None:
    from sqlalchemy import update

    from registry.db import transaction
    from registry.models import Case
    from tests.ui.conftest import register

    case_id = register(sessions, supervisor, "Amina", "Hodžić", lead_worker_id=supervisor.id)
    with transaction(sessions) as session:  # planning goes back to assessment or on to implementation
        session.execute(update(Case).where(Case.id == case_id).values(status="planning"))
    ctx = make_ctx(supervisor, "bs")
    editor = _editor(qtbot, ctx, case_id)
    planning = editor.planning
    assert planning.next_status.currentText() == "Odaberite…" and planning.next_status.currentData() is None
    assert not planning.move_button.isEnabled()  # nothing is moved by accident, least of all backwards
    planning.next_status.setCurrentIndex(planning.next_status.findData("assessment"))
    assert planning.move_button.isEnabled()


def test_approving_a_plan_in_the_case_disables_the_button(qtbot, make_ctx, sessions, supervisor) -> None:
    from sqlalchemy import update

    from registry.db import transaction
    from registry.models import Case
    from tests.ui.conftest import register

    case_id = register(sessions, supervisor, "Amina", "Hodžić", lead_worker_id=supervisor.id)
    with transaction(sessions) as session:
        session.execute(update(Case).where(Case.id == case_id).values(status="planning", plan="Plan zaštite"))
    ctx = make_ctx(supervisor, "bs")
    editor = _editor(qtbot, ctx, case_id)
    editor.tabs.setCurrentIndex(editor.sections().index(editor.planning))
    assert editor.planning.approve_button.isEnabled()
    editor.planning.approve_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and editor.view.plan_approved_at is not None, timeout=10_000)
    assert editor.banner.text() == "Plan je odobren."
    assert editor.planning.plan_state.text().startswith("Odobrio")
    assert not editor.planning.approve_button.isEnabled()


def test_the_referral_form_makes_the_user_choose(qtbot, make_ctx, sessions, worker) -> None:
    from tests.ui.conftest import register

    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)
    section = editor.referrals
    editor.tabs.setCurrentIndex(editor.sections().index(section))
    for combo in (section.direction, section.institution, section.urgency):
        assert combo.currentText() == "Odaberite…" and combo.currentData() is None
    section.log_button.click()
    _idle(qtbot, ctx)
    shown = section.referral_messages.by_field
    assert all(not shown[name].isHidden() for name in ("direction", "institution", "urgency"))
    assert not editor.file.referrals


def test_a_message_is_about_its_own_section_and_pushes_nothing_down(qtbot, make_ctx, sessions, worker) -> None:
    from tests.ui.conftest import register

    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)
    editor.tabs.setCurrentIndex(editor.sections().index(editor.notes))
    top = editor.tabs.mapTo(editor, editor.tabs.rect().topLeft()).y()
    editor.notes.add_button.click()  # an empty note is refused
    _idle(qtbot, ctx)
    assert editor.banner.isVisible() and editor.banner.text()
    qtbot.wait(50)
    assert editor.tabs.mapTo(editor, editor.tabs.rect().topLeft()).y() == top  # the fields stayed where they were
    editor.tabs.setCurrentIndex(editor.sections().index(editor.measures))
    assert not editor.banner.isVisible() and editor.banner.text() == ""
    assert editor.tabs.mapTo(editor, editor.tabs.rect().topLeft()).y() == top


def test_dashboard_tables_show_their_rows_and_approving_shows_the_plan(
    qtbot, make_ctx, sessions, worker, supervisor
) -> None:
    from sqlalchemy import update

    from registry.db import transaction
    from registry.models import Case
    from registry.ui.dashboard import DashboardPage
    from tests.ui.conftest import register

    cases = [register(sessions, worker, "Dijete", f"Broj{n}", lead_worker_id=worker.id) for n in range(7)]
    with transaction(sessions) as session:
        session.execute(
            update(Case)
            .where(Case.id.in_(cases[:6]))
            .values(status="planning", plan="Sedmični razgovori sa savjetovalištem; škola prati dolaske.")
        )
    ctx = make_ctx(supervisor, "bs")
    page = DashboardPage(ctx)
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    table = page.plans_table
    assert page.plans.rowCount() == 6
    last = table.visualRect(page.plans.index(5, 0))
    assert table.viewport().rect().contains(last)  # every row on screen, none behind a scroll bar
    assert not table.verticalScrollBar().isVisible()
    table.selectRow(0)
    assert page.approve_plan_button.isEnabled()
    page.approve_plan_button.click()
    assert not page.approve_plan_button.isEnabled()  # not twice
    assert "Sedmični razgovori sa savjetovalištem" in asked[0]  # the plan is shown before it is approved
    qtbot.waitUntil(lambda: not page.loading and page.plans.rowCount() == 5, timeout=10_000)
    number = page.plans.rows()[0].case_number
    assert page.message.isVisible() and "je odobren" in page.message.text()
    assert not page.approve_plan_button.isEnabled() and number not in page.message.text()


def test_print_summaries_says_what_to_do_when_nothing_is_chosen(qtbot, make_ctx, sessions, supervisor) -> None:
    from registry.ui.case_list import CaseListPage
    from tests.ui.conftest import register

    ctx = make_ctx(supervisor, "bs")
    page = CaseListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.count == 0, timeout=5000)
    page.print_button.click()
    assert page.print_message.isVisible() and "prazna" in page.print_message.text()
    register(sessions, supervisor, "Amina", "Hodžić", lead_worker_id=supervisor.id)
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.clearSelection()
    page.print_button.click()
    assert "Ctrl+A" in page.print_message.text()
    page.table.selectRow(0)
    assert not page.print_message.isVisible()


def test_all_cases_tells_a_worker_it_lists_only_her_cases(qtbot, make_ctx, worker, supervisor) -> None:
    from registry.services.case_list import CaseQuery
    from registry.ui.case_list import CaseListPage

    for user, shown in ((worker, True), (supervisor, False)):
        page = CaseListPage(make_ctx(user, "bs"))
        qtbot.addWidget(page)
        page.show()
        assert page.scope_note.isVisible() == shown
        if shown:
            assert "predmete na kojima radite" in page.scope_note.text()
        mine = CaseListPage(make_ctx(user, "bs"), preset=CaseQuery(assigned_to=user.id), fixed_worker=True)
        qtbot.addWidget(mine)
        mine.show()
        assert not mine.scope_note.isVisible()  # "My cases" says it in its name


def test_status_bar_says_where_the_register_is_in_words(qtbot, make_ctx, supervisor) -> None:
    from sqlalchemy import create_engine

    from registry.ui.main_window import MainWindow

    ctx = make_ctx(supervisor, "bs")
    ctx.engine = create_engine("postgresql+psycopg://registar:tajna-lozinka@db.centar.ba:5432/registar")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.database_label.text() == "Registar na serveru db.centar.ba (baza registar)"
    assert "tajna" not in window.database_label.toolTip() and "postgresql" not in window.database_label.text()
    ctx.engine = create_engine("sqlite:////home/ana/AppData/registry.sqlite")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.database_label.text() == "Registar na ovom računaru: registry.sqlite"


def test_the_backup_on_close_shows_its_progress_and_result(qtbot, engine, sessions, tmp_path, translations) -> None:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from registry.ui.backup_on_close import offer_backup
    from registry.ui.ops import Ops

    if engine.dialect.name != "sqlite":
        return  # a server is backed up by IT
    translations.apply("bs")
    ops = Ops(sessions)
    try:
        seen: list[tuple[str, bool, list[str]]] = []

        def report(text: str, failed: bool) -> None:
            shown = [
                widget.labelText()
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QProgressDialog) and widget.isVisible()
            ]
            seen.append((text, failed, shown))

        finished: list[int] = []
        offer_backup(
            engine,
            sessions,
            ops,
            done=lambda: finished.append(1),
            ask=lambda: True,
            report=report,
            folder=tmp_path / "backups",
        )
        progress = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QProgressDialog) and widget.isVisible()
        ]
        assert [widget.labelText() for widget in progress] == ["Pravi se današnja rezervna kopija…"]
        qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
        ((text, failed, shown_meanwhile),) = seen
        backup = next((tmp_path / "backups").glob("*.sqlite"))
        assert not failed and str(backup) in text and text.startswith("Rezervna kopija je napravljena")
        assert shown_meanwhile == ["Pravi se današnja rezervna kopija…"]
        qtbot.waitUntil(
            lambda: not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
            timeout=5000,
        )
    finally:
        ops.shutdown()
        translations.apply("en")


def test_the_first_start_form_grows_to_show_every_message(qtbot, translations) -> None:
    from registry.services.errors import Problems, ValidationError
    from registry.ui.ops import Ops
    from registry.ui.sign_in import SignInDialog

    language = translations.apply("bs")
    dialog = SignInDialog(Ops.__new__(Ops), first_start=True, language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = Problems()
    problems.add("password", "user.weak_password", min=10)
    problems.add("username", "user.duplicate_username", value="edin")
    try:
        problems.raise_if_any()
    except ValidationError as error:
        dialog._failed(error)
    qtbot.wait(20)
    for name in ("password", "username"):
        message = dialog.messages.by_field[name]
        assert message.isVisible() and message.height() >= message.heightForWidth(message.width())
    assert dialog.password.height() >= dialog.password.sizeHint().height()  # not squashed
    assert dialog.accept_button.geometry().bottom() <= dialog.height()


def test_a_jmbg_message_pushes_no_field_down_under_the_mouse(qtbot, make_ctx, supervisor) -> None:
    from registry.ui.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog(make_ctx(supervisor, "bs"))
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(dialog.new_child_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    below = [dialog.sex, dialog.address, dialog.school]
    before = [widget.mapTo(dialog, widget.rect().topLeft()).y() for widget in below]
    type_text(dialog.jmbg, "150301517500")  # one digit short: said when the user leaves the field
    assert not dialog.messages.by_field["jmbg"].isVisible()
    dialog.birth_date.setFocus()  # the user moves on (the mouse already on the next field)
    qtbot.wait(50)
    message = dialog.messages.by_field["jmbg"]
    assert message.isVisible() and message.text()
    assert [widget.mapTo(dialog, widget.rect().topLeft()).y() for widget in below] == before
