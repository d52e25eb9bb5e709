"""The case editor driven through its widgets, on a real database: open from the list, edit and save, messages
next to fields, unsaved changes, someone else's save, checklist, referrals, break the glass, plan approval."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import AuditEvent, Case, ChecklistItem, Institution, Referral
from registry.services import cases, referrals
from registry.services.users import UserInput, create_user
from registry.ui.case_editor import PAGE_KEY, CaseEditorPage
from registry.ui.case_list import CaseListPage
from registry.ui.case_list_model import CASE_ID_ROLE
from registry.ui.main_window import MainWindow
from tests.ui.conftest import register, type_text


def _editor(qtbot, ctx, case_id: int) -> CaseEditorPage:
    editor = CaseEditorPage(ctx)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    editor.open_case(case_id)
    qtbot.waitUntil(lambda: editor.view is not None and not ctx.ops.busy, timeout=10_000)
    return editor


def _idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10_000)


def test_open_from_the_list_edit_and_save_in_cyrillic(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "bs")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    changed: list[int] = []
    ctx.events.case_changed.connect(changed.append)
    page = window.show_page("my_cases")
    assert isinstance(page, CaseListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not ctx.ops.busy, timeout=10_000)
    index = page.model.index(0, 1)
    assert index.data(CASE_ID_ROLE) == case_id
    page.table.doubleClicked.emit(index)
    editor = window.page(PAGE_KEY)
    assert isinstance(editor, CaseEditorPage)
    qtbot.waitUntil(lambda: editor.view is not None and not ctx.ops.busy, timeout=10_000)
    assert window.current_page_key() == PAGE_KEY
    assert editor.child.given_name.text() == "Amina" and not editor.dirty
    editor.child.family_name.clear()
    type_text(editor.child.family_name, "Ђурић")
    editor.planning.assessment.clear()
    type_text(editor.planning.assessment, "Dijete živi s bakom; škola javlja izostanke.")
    assert editor.dirty and editor.dirty_label.isVisibleTo(editor)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.dirty and not ctx.ops.busy and editor.view.version > 1, timeout=10_000)
    assert changed == [case_id]
    with sessions() as session:
        case = cases.get_case(session, case_id)
        assert case.child.family_name == "Ђурић"
        assert case.assessment == "Dijete živi s bakom; škola javlja izostanke."
        assert (
            session.scalar(select(AuditEvent.id).where(AuditEvent.case_id == case_id, AuditEvent.action == "case.view"))
            is not None
        )


def test_validation_message_next_to_the_field_in_the_users_language(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)
    editor.child.given_name.clear()
    editor.child.birth_date.setText("31.02.2015.")
    editor.save_button.click()
    _idle(qtbot, ctx)
    message = editor.messages.by_field["given_name"]
    assert message.isVisibleTo(editor) and message.text()
    assert editor.messages.by_field["birth_date"].isVisibleTo(editor)
    assert "required" not in message.text().lower()  # Bosnian, not English
    assert editor.dirty  # the input stays
    with sessions() as session:
        assert cases.get_case(session, case_id).child.given_name == "Amina"


def test_leaving_with_unsaved_changes_asks(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_case.emit(case_id)
    editor = window.page(PAGE_KEY)
    assert isinstance(editor, CaseEditorPage)
    qtbot.waitUntil(lambda: editor.view is not None and not ctx.ops.busy, timeout=10_000)
    questions: list[str] = []
    answer = "cancel"

    def ask(_parent) -> str:
        questions.append(answer)
        return answer

    editor.ask_unsaved = ask
    type_text(editor.child.school, "OŠ Žepče")
    window.show_page("all_cases")
    assert questions == ["cancel"] and window.current_page_key() == PAGE_KEY
    assert not window.can_close_pages()
    answer = "discard"
    window.show_page("all_cases")
    assert questions == ["cancel", "cancel", "discard"] and window.current_page_key() == "all_cases"
    assert not editor.dirty and editor.child.school.text() == ""
    assert window.can_close_pages()


def _window_on_the_case(qtbot, ctx, case_id: int) -> tuple[MainWindow, CaseEditorPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_case.emit(case_id)
    editor = window.page(PAGE_KEY)
    assert isinstance(editor, CaseEditorPage)
    qtbot.waitUntil(lambda: editor.view is not None and not ctx.ops.busy, timeout=10_000)
    return window, editor


def test_save_when_leaving_goes_on_once_saved(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker)
    window, editor = _window_on_the_case(qtbot, ctx, case_id)
    questions: list[str] = []
    editor.ask_unsaved = lambda _parent: questions.append("save") or "save"
    type_text(editor.child.school, "OŠ Žepče")
    window.show_page("all_cases")
    assert window.current_page_key() == PAGE_KEY  # the save runs first
    qtbot.waitUntil(lambda: window.current_page_key() == "all_cases" and not ctx.ops.busy, timeout=10_000)
    assert questions == ["save"] and not editor.dirty
    with sessions() as session:
        assert cases.get_case(session, case_id).child.school == "OŠ Žepče"
    assert window.can_close_pages()


def test_save_when_closing_closes_once_saved(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker)
    window, editor = _window_on_the_case(qtbot, ctx, case_id)
    editor.ask_unsaved = lambda _parent: "save"
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    type_text(editor.child.school, "OŠ Maglaj")
    window.close()
    assert window.isVisible() and not closed
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
    assert not window.isVisible()
    with sessions() as session:
        assert cases.get_case(session, case_id).child.school == "OŠ Maglaj"


def test_save_when_leaving_stays_if_the_save_is_refused(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker)
    window, editor = _window_on_the_case(qtbot, ctx, case_id)
    editor.ask_unsaved = lambda _parent: "save"
    editor.child.given_name.clear()
    type_text(editor.child.school, "OŠ Žepče")
    window.show_page("all_cases")
    _idle(qtbot, ctx)
    qtbot.wait(100)
    assert window.current_page_key() == PAGE_KEY
    assert editor.messages.by_field["given_name"].isVisibleTo(editor)
    assert editor.dirty and editor.child.given_name.text() == "" and editor.child.school.text() == "OŠ Žepče"
    editor.ask_unsaved = lambda _parent: "cancel"
    type_text(editor.child.given_name, "Amina")
    editor.save_button.click()  # a later save of its own does not take the user away
    qtbot.waitUntil(lambda: not editor.dirty and not ctx.ops.busy, timeout=10_000)
    qtbot.wait(100)
    assert window.current_page_key() == PAGE_KEY
    with sessions() as session:
        assert cases.get_case(session, case_id).child.given_name == "Amina"


def test_a_stale_save_explains_and_keeps_the_input(qtbot, make_ctx, sessions, worker, supervisor) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker)
    editor = _editor(qtbot, ctx, case_id)
    with transaction(sessions) as session:  # a colleague saves first
        case = cases.get_case(session, case_id)
        data = cases.CaseChanges(risk_level="high", violence_forms=["physical"], lead_worker_id=worker.id)
        cases.update_case(session, case_id, data, expected_version=case.version, actor_id=supervisor.id)
    type_text(editor.planning.plan, "Savjetovanje jednom sedmično.")
    editor.save_button.click()
    _idle(qtbot, ctx)
    assert editor.stale
    assert "Someone else saved" in editor.banner.text() and editor.banner.isVisibleTo(editor)
    assert editor.planning.plan.toPlainText() == "Savjetovanje jednom sedmično." and editor.dirty
    with sessions() as session:
        assert cases.get_case(session, case_id).plan == ""


def test_checklist_done_and_not_applicable_with_reason(qtbot, qtmodeltester, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker)
    editor = _editor(qtbot, ctx, case_id)
    model = editor.checklist.model
    assert model.rowCount() > 2
    qtmodeltester.check(model, force_py=True)
    editor.tabs.setCurrentIndex(4)
    editor.checklist.table.setCurrentIndex(model.index(0, 1))
    first = model.row(0).id
    type_text(editor.checklist.note, "Obavljen razgovor")
    editor.checklist.done_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and model.rowCount() and model.row(0).done_at is not None, timeout=10_000)
    editor.checklist.table.setCurrentIndex(model.index(1, 1))
    second = model.row(1).id
    editor.checklist.not_applicable_button.click()  # without a reason: a message next to the reason field
    _idle(qtbot, ctx)
    assert editor.checklist.messages.by_field["not_applicable_reason"].isVisibleTo(editor)
    type_text(editor.checklist.reason, "Dijete nije u školi")
    editor.checklist.not_applicable_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and model.row(1).not_applicable, timeout=10_000)
    with sessions() as session:
        assert session.get(ChecklistItem, first).note == "Obavljen razgovor"
        assert session.get(ChecklistItem, second).not_applicable_reason == "Dijete nije u školi"
    assert "Dijete nije u školi" in model.index(1, model.STATE).data()
    assert model.data(QModelIndex()) is None


def _institution(sessions: sessionmaker[Session], sector: str = "police") -> int:
    with sessions() as session:
        found = session.scalar(select(Institution.id).where(Institution.sector == sector).limit(1))
    if found is not None:
        return found
    with transaction(sessions) as session:
        institution = Institution(name="PU Novi Grad", sector=sector, search_key="pu novi grad")
        session.add(institution)
        session.flush()
        return institution.id


def test_referral_without_consent_asks_for_a_reason_then_response(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    institution_id = _institution(sessions)
    ctx = make_ctx(worker)
    editor = _editor(qtbot, ctx, case_id)
    editor.tabs.setCurrentIndex(3)
    asked: list[str] = []
    editor.ask_text = lambda _parent, title, _label: asked.append(title) or "Hitno: dijete u opasnosti."
    editor.referrals.direction.setCurrentIndex(editor.referrals.direction.findData("outgoing"))
    editor.referrals.institution.setCurrentIndex(editor.referrals.institution.findData(institution_id))
    editor.referrals.urgency.setCurrentIndex(editor.referrals.urgency.findData("urgent"))
    type_text(editor.referrals.reason, "Prijava nasilja")
    editor.referrals.log_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and editor.referrals.list.topLevelItemCount() == 1, timeout=10_000)
    assert len(asked) == 1
    with sessions() as session:
        referral = session.scalar(select(Referral).where(Referral.case_id == case_id))
        assert referral.consent_override_reason == "Hitno: dijete u opasnosti." and referral.status == "draft"
    editor.referrals.list.setCurrentItem(editor.referrals.list.topLevelItem(0))
    editor.referrals.send_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and editor.file.referrals[0].status == "sent", timeout=10_000)
    editor.referrals.list.setCurrentItem(editor.referrals.list.topLevelItem(0))
    type_text(editor.referrals.response_summary, "Policija je obavila razgovor s roditeljima.")
    editor.referrals.response_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and editor.file.referrals[0].status == "answered", timeout=10_000)
    assert editor.referrals.list.topLevelItem(0).text(6) == "Answered"


def test_break_the_glass_to_open_a_restricted_case(qtbot, make_ctx, sessions, worker, supervisor) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        other = create_user(
            session, UserInput("vesna", "Vesna Perić", "supervisor", "supervisor password 2"), actor_id=None
        )
        session.get_one(Case, case_id).restricted = True
    ctx = make_ctx(other)
    editor = CaseEditorPage(ctx)
    qtbot.addWidget(editor)
    reasons = iter(["kratko", None, "Dežurstvo: poziv policije u 2 h."])
    editor.ask_break_glass = lambda _parent, _number: next(reasons)
    editor.open_case(case_id)  # too short: refused with a message, nothing opened
    _idle(qtbot, ctx)
    assert editor.view is None and editor.banner.text()
    editor.open_case(case_id)  # the user cancels
    _idle(qtbot, ctx)
    assert editor.view is None
    editor.open_case(case_id)
    qtbot.waitUntil(lambda: editor.view is not None, timeout=10_000)
    with sessions() as session:
        reasons_recorded = [
            event.details["reason"]
            for event in session.scalars(
                select(AuditEvent).where(AuditEvent.case_id == case_id, AuditEvent.action == "case.break_glass")
            )
        ]
    assert reasons_recorded == ["Dežurstvo: poziv policije u 2 h."]
    assert editor.restricted.isVisibleTo(editor) and editor.restricted.isChecked()


def test_break_glass_dialog_needs_ten_characters(qtbot) -> None:
    from registry.ui.break_glass import BreakGlassDialog

    dialog = BreakGlassDialog("NGS-2026-000001")
    qtbot.addWidget(dialog)
    type_text(dialog.reason, "Hitan slu")
    assert not dialog.open_button.isEnabled()
    type_text(dialog.reason, "čaj")
    assert dialog.open_button.isEnabled() and dialog.text() == "Hitan slučaj"


def test_supervisor_approves_the_plan_and_restricts(qtbot, make_ctx, sessions, worker, supervisor) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id, supervisor_id=supervisor.id)
    with transaction(sessions) as session:
        for status in ("assessment", "planning"):
            cases.change_status(session, case_id, status, actor_id=supervisor.id)
        case = cases.get_case(session, case_id)
        case.plan = "Savjetovanje roditelja."
    ctx = make_ctx(supervisor)
    editor = _editor(qtbot, ctx, case_id)
    assert not editor.planning.approve_button.isHidden() and editor.planning.approve_button.isEnabled()
    editor.planning.approve_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and editor.view.plan_approved_at is not None, timeout=10_000)
    assert supervisor.full_name in editor.planning.plan_state.text()
    editor.planning.next_status.setCurrentIndex(editor.planning.next_status.findData("implementation"))
    editor.planning.move_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and editor.view.status == "implementation", timeout=10_000)
    editor.restricted.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and editor.view.restricted, timeout=10_000)
    with sessions() as session:
        assert session.get_one(Case, case_id).restricted


def test_worker_sees_no_supervisor_controls(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    editor = _editor(qtbot, make_ctx(worker), case_id)
    assert editor.restricted.isHidden()
    assert editor.planning.approve_button.isHidden()
    assert editor.closure.close_button.isHidden()
    assert not editor.closure.request_button.isHidden()


def test_note_measure_and_consent_are_added(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker)
    editor = _editor(qtbot, ctx, case_id)
    type_text(editor.notes.text, "Kućna posjeta obavljena.")
    editor.notes.add_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and len(editor.view.notes) == 1, timeout=10_000)
    type_text(editor.measures.start, "01.11.2026.")
    editor.measures.add_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and len(editor.view.measures) == 1, timeout=10_000)
    type_text(editor.consents.given_by, "Emina Hodžić")
    next(iter(editor.consents.sectors.values())).setChecked(True)
    editor.consents.add_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and len(editor.view.consents) == 1, timeout=10_000)
    assert editor.notes.list.topLevelItem(0).text(3) == "Kućna posjeta obavljena."


def test_refused_referral_shows_its_message_next_to_the_field(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    institution_id = _institution(sessions)
    ctx = make_ctx(worker)
    editor = _editor(qtbot, ctx, case_id)
    assert editor.referrals.institution.findData(institution_id) >= 0
    editor.referrals.institution.setCurrentIndex(-1)
    editor.referrals.log_button.click()
    _idle(qtbot, ctx)
    assert not editor.referrals.referral_messages.by_field["institution"].isHidden()


def test_no_english_left_in_the_editor_dialogs(qtbot, make_ctx, sessions, worker) -> None:
    """The editor page is walked by test_translations; its dialogs are walked here (Bosnian)."""
    from registry.ui.break_glass import BreakGlassDialog
    from registry.ui.print_preview import PrintPreview
    from tests.ui.test_translations import _data_strings, untranslated, visible_texts

    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)
    preview = editor.print_document("summary")
    assert isinstance(preview, PrintPreview)
    qtbot.waitUntil(lambda: preview.pages > 0, timeout=30_000)
    glass = BreakGlassDialog("NGS-2026-000001")
    qtbot.addWidget(glass)
    screens = [editor, preview, glass]
    seen = [item for screen in screens for item in visible_texts(screen)]
    assert untranslated(seen, "bs", _data_strings(ctx)) == []
    assert "3 stranice" in preview.page_label.text() or "stranic" in preview.page_label.text()


def test_worker_asks_to_close_supervisor_closes_and_reopens(qtbot, make_ctx, sessions, worker, supervisor) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id, supervisor_id=supervisor.id)
    ctx = make_ctx(worker)
    editor = _editor(qtbot, ctx, case_id)
    editor.tabs.setCurrentIndex(8)
    editor.closure.request_button.click()  # no reason: its message next to the field
    _idle(qtbot, ctx)
    assert editor.closure.messages.by_field["closure_reason"].isVisibleTo(editor)
    editor.closure.reason.setCurrentIndex(1)
    editor.closure.request_button.click()  # mandatory steps are open: asks why
    _idle(qtbot, ctx)
    assert editor.closure.messages.by_field["reason"].isVisibleTo(editor)
    type_text(editor.closure.open_steps_reason, "Porodica se odselila iz općine.")
    editor.closure.request_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and editor.view.closure_pending, timeout=10_000)
    boss = make_ctx(supervisor)
    approver = _editor(qtbot, boss, case_id)
    approver.closure.close_button.click()
    qtbot.waitUntil(lambda: not boss.ops.busy and approver.view.status == "closed", timeout=10_000)
    assert approver.closure.reopen_button.isEnabled() and not approver.closure.close_button.isEnabled()
    type_text(approver.closure.reopen_reason, "Nova prijava škole.")
    approver.closure.reopen_button.click()
    qtbot.waitUntil(lambda: not boss.ops.busy and approver.view.status == "assessment", timeout=10_000)


def test_an_auditor_reads_without_changing(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        auditor = create_user(
            session, UserInput("revizor", "Marija Jukić", "auditor", "revizor lozinka 2026"), actor_id=None
        )
    editor = _editor(qtbot, make_ctx(auditor), case_id)
    assert editor.child.given_name.text() == "Amina" and not editor.child.given_name.isEnabled()
    assert all(button.isHidden() for button in editor.action_buttons())
    assert not editor.print_button.isHidden()


def test_institution_names_in_cyrillic_in_the_serbian_cyrillic_interface(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        named = Institution(
            name="PU Istočno Sarajevo",
            name_cyrl="ПУ Источно Сарајево",
            sector="police",
            search_key="pu istocno sarajevo",
        )
        session.add(named)
        session.flush()
        referrals.log_referral(
            session,
            referrals.ReferralInput(
                case_id, "outgoing", named.id, "letter", consent_override_reason="Zakonska obaveza"
            ),
            actor_id=worker.id,
        )
    ctx = make_ctx(worker, "sr-Cyrl")
    editor = _editor(qtbot, ctx, case_id)
    assert editor.referrals.list.topLevelItem(0).text(1) == "ПУ Источно Сарајево"
    picker = editor.referrals.institution
    assert picker.itemText(picker.findData(named.id)).startswith("ПУ Источно Сарајево (")
    latin = _editor(qtbot, make_ctx(worker, "sr-Latn"), case_id)
    assert latin.referrals.list.topLevelItem(0).text(1) == "PU Istočno Sarajevo"


def test_a_refused_action_says_why_in_the_users_language(qtbot, make_ctx, sessions, worker) -> None:
    """A section's action the service refuses (not a validation problem) is explained in the banner."""
    from registry.services.errors import TransitionRefused
    from registry.services.lookups import LookupRef

    def refusal() -> TransitionRefused:
        return TransitionRefused(
            from_status=LookupRef("case_status", "registered"), to_status=LookupRef("case_status", "closed")
        )

    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)

    def refused(_session, _case_id, _user_id) -> None:
        raise refusal()

    editor.act(refused, None, "never said")
    _idle(qtbot, ctx)
    expected = refusal().message("bs")
    assert editor.banner.isVisibleTo(editor) and editor.banner.text() == expected
