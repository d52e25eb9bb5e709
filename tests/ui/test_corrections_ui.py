"""Correcting what was entered, through the case editor's widgets (issue 14.1): each correction is saved with only
what changed, leaves an audit event naming each field before and after, and shows in the record's history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTreeWidget
from sqlalchemy import select

from registry.db import transaction
from registry.models import AuditEvent, CaseNote, ChecklistItem, HouseholdMember, Institution, Person, Referral, User
from registry.services import case_records, referrals
from registry.services.people import PersonInput
from registry.ui.case_editor import CaseEditorPage
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


def _select(tree: QTreeWidget, record_id: int) -> None:
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item.data(0, 0x0100 + 1) == record_id:
            tree.setCurrentItem(item)
            return
    raise AssertionError(f"record {record_id} is not listed")


def _last_event(sessions) -> AuditEvent:
    with sessions() as session:
        return session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()


def _history_lines(qtbot, editor) -> list[list[str]]:
    dialog = editor.last_history
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    view = dialog.view
    return [[view.topLevelItem(row).text(column) for column in range(5)] for row in range(view.topLevelItemCount())]


def test_a_household_member_is_corrected_and_removed_in_the_editor(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        member = case_records.add_household_member(
            session,
            case_id,
            PersonInput("Nada", "Hodžić", address="Titova 5", phone="061 111 222"),
            role="mother",
            actor_id=worker.id,
        )
        member_id, person_id = member.id, member.person_id
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)
    section = editor.child
    _select(section.household, member_id)
    section.correct_member_button.click()
    dialog = section.correction
    assert dialog.isVisible() and dialog.widget("address").text() == "Titova 5"
    dialog.widget("address").clear()
    type_text(dialog.widget("address"), "Zmaja od Bosne 12")
    dialog.widget("phone").clear()
    type_text(dialog.widget("phone"), "062 333 444")
    dialog.widget("jmbg").setText("123")  # a JMBG with too few digits is refused under its field
    dialog.save_button.click()
    _idle(qtbot, ctx)
    assert dialog.isVisible() and not dialog.messages.by_field["jmbg"].isHidden()
    dialog.widget("jmbg").clear()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and not ctx.ops.busy, timeout=10_000)
    with sessions() as session:
        person = session.get_one(Person, person_id)
        assert (person.address, person.phone, person.given_name) == ("Zmaja od Bosne 12", "062 333 444", "Nada")
    event = _last_event(sessions)
    assert event.action == "household.update"
    assert event.details["changes"] == {
        "address": ["Titova 5", "Zmaja od Bosne 12"],
        "phone": ["061 111 222", "062 333 444"],
    }
    assert editor.banner.text() == "Član domaćinstva je ispravljen."
    _select(section.household, member_id)
    section.member_history_button.click()
    lines = _history_lines(qtbot, editor)
    assert any(line[3] == "Titova 5" and line[4] == "Zmaja od Bosne 12" for line in lines)
    editor.ask_text = lambda _parent, _title, _label: "Upisana na pogrešan predmet."
    _select(section.household, member_id)
    section.remove_member_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and section.household.topLevelItemCount() == 0, timeout=10_000)
    with sessions() as session:
        assert session.get(HouseholdMember, member_id) is None
    event = _last_event(sessions)
    assert (event.action, event.details["reason"]) == ("household.remove", "Upisana na pogrešan predmet.")


def test_a_step_done_by_mistake_is_reopened_with_a_reason(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "sr-Cyrl")
    editor = _editor(qtbot, ctx, case_id)
    section = editor.checklist
    editor.tabs.setCurrentIndex(editor.sections().index(section))
    section.table.selectRow(0)
    item_id = section.model.row(0).id
    section.done_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and section.model.row(0).done_at is not None, timeout=10_000)
    done = _last_event(sessions)
    assert done.action == "checklist.done" and done.entity_id == item_id
    asked: list[str] = []
    editor.ask_text = lambda _parent, title, _label: asked.append(title) or "Означено на погрешном предмету."
    section.table.selectRow(0)
    section.reopen_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and section.model.row(0).done_at is None, timeout=10_000)
    assert asked == ["Поново отворите корак"]
    assert editor.banner.text() == "Корак је поново отворен."
    with sessions() as session:
        assert session.get_one(ChecklistItem, item_id).done_at is None
    section.table.selectRow(0)
    section.history_button.click()
    lines = _history_lines(qtbot, editor)
    assert lines[0][2].startswith("Означено као урађено")
    assert any(line[2].startswith("Поново отворено: Означено на погрешном предмету.") for line in lines)
    assert "Означено на погрешном предмету." in editor.last_history.detail.toPlainText()


def test_a_referral_is_corrected_and_cancelled_with_a_reason(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        referral_id = referrals.log_referral(
            session,
            referrals.ReferralInput(
                case_id,
                "incoming",
                police,
                "letter",
                reason="Prijava nasilja.",
                urgency="regular",
                sent_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=3),
            ),
            actor_id=worker.id,
        ).id
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)
    section = editor.referrals
    editor.tabs.setCurrentIndex(editor.sections().index(section))
    _select(section.list, referral_id)
    section.correct_button.click()
    dialog = section.correction
    urgency = dialog.widget("urgency")
    urgency.setCurrentIndex(urgency.findData("urgent"))
    type_text(dialog.widget("registry_number"), "01-123/26")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and not ctx.ops.busy, timeout=10_000)
    event = _last_event(sessions)
    assert event.action == "referral.update"
    assert event.details["changes"] == {"urgency": ["regular", "urgent"], "registry_number": ["", "01-123/26"]}
    editor.ask_text = lambda _parent, _title, _label: "Isti poziv upisan dvaput."
    _select(section.list, referral_id)
    section.cancel_button.click()
    qtbot.waitUntil(lambda: not ctx.ops.busy and editor.file.referrals[0].status == "cancelled", timeout=10_000)
    assert section.list.topLevelItem(0).text(6) == "Otkazano"
    with sessions() as session:
        assert session.get_one(Referral, referral_id).status == "cancelled"
    _select(section.list, referral_id)
    section.history_button.click()
    lines = _history_lines(qtbot, editor)
    assert any(line[2].startswith("Otkazano: Isti poziv upisan dvaput.") for line in lines)
    assert lines[0][2].startswith("Upisano — ")  # what was logged, field by field
    assert any(line[3] == "Redovno" and line[4] == "Žurno" for line in lines)  # labels, not codes


def test_a_corrected_note_shows_its_earlier_text(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        note_id = case_records.add_note(
            session, case_id, text="Majka kaže da je dijete u školi.", actor_id=worker.id
        ).id
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)
    section = editor.notes
    editor.tabs.setCurrentIndex(editor.sections().index(section))
    _select(section.list, note_id)
    section.correct_note_button.click()
    dialog = section.correction
    dialog.widget("text").clear()
    dialog.save_button.click()  # an empty note is refused, next to the field, and the dialog stays
    _idle(qtbot, ctx)
    assert dialog.isVisible() and not dialog.messages.by_field["text"].isHidden()
    type_text(dialog.widget("text"), "Majka kaže da dijete nije bilo u školi.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and not ctx.ops.busy, timeout=10_000)
    with sessions() as session:
        assert session.get_one(CaseNote, note_id).text == "Majka kaže da dijete nije bilo u školi."
    assert section.list.topLevelItem(0).text(3) == "Majka kaže da dijete nije bilo u školi."
    _select(section.list, note_id)
    section.note_history_button.click()
    lines = _history_lines(qtbot, editor)
    assert ["Majka kaže da je dijete u školi.", "Majka kaže da dijete nije bilo u školi."] in [
        line[3:] for line in lines
    ]
    assert editor.last_history.state.text() == "Ispravki: 1"
    viewed = _last_event(sessions)  # opening a record's history is itself in the audit trail
    assert (viewed.action, viewed.entity, viewed.entity_id, viewed.user_id) == (
        "record.history_viewed",
        "case_note",
        note_id,
        worker.id,
    )
    assert not any(line[2].startswith("Pregledana") for line in lines)
    detail = editor.last_history.detail.toPlainText()  # the last line is selected: the earlier text in full
    assert "Prije:\nMajka kaže da je dijete u školi." in detail and detail.startswith("Ispravljeno — Tekst")


def test_incidents_measures_and_consents_are_corrected(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        incident = case_records.add_incident(
            session,
            case_id,
            case_records.IncidentInput(
                dt.datetime.now(dt.UTC) - dt.timedelta(days=2), "Modrica na ruci.", ["physical"]
            ),
            actor_id=worker.id,
        )
        measure = case_records.add_measure(
            session, case_id, code="counselling", started_on=dt.date(2026, 1, 10), actor_id=worker.id
        )
        consent = case_records.record_consent(
            session, case_id, given_by_name="Nada Hodžić", sectors=["health"], purpose="Liječenje", actor_id=worker.id
        )
        ids = incident.id, measure.id, consent.id
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)
    report, measures, consents = editor.report, editor.measures, editor.consents

    _select(report.incidents, ids[0])
    report.correct_incident_button.click()
    dialog = report.correction
    type_text(dialog.widget("place"), "Škola")
    dialog.widget("injuries").setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and not ctx.ops.busy, timeout=10_000)
    assert _last_event(sessions).details["changes"] == {"place": ["", "Škola"], "injuries": [False, True]}

    _select(measures.list, ids[1])
    measures.correct_button.click()
    dialog = measures.correction
    dialog.widget("started_on").setText("11.01.2026.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and not ctx.ops.busy, timeout=10_000)
    assert _last_event(sessions).details["changes"] == {"started_on": ["2026-01-10", "2026-01-11"]}

    _select(consents.list, ids[2])
    consents.correct_button.click()
    dialog = consents.correction
    dialog.boxes["sectors"]["education"].setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and not ctx.ops.busy, timeout=10_000)
    assert _last_event(sessions).details["changes"] == {"sectors": [["health"], ["education", "health"]]}


def test_a_correction_without_changes_writes_nothing(qtbot, make_ctx, sessions, worker) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        note_id = case_records.add_note(session, case_id, text="Razgovor.", actor_id=worker.id).id
    ctx = make_ctx(worker, "bs")
    editor = _editor(qtbot, ctx, case_id)
    before = _last_event(sessions).id
    _select(editor.notes.list, note_id)
    editor.notes.correct_note_button.click()
    editor.notes.correction.save_button.click()
    _idle(qtbot, ctx)
    assert not editor.notes.correction.isVisible() and editor.banner.text() == "Ništa nije promijenjeno."
    assert _last_event(sessions).id == before


def test_an_administrator_corrects_an_account(qtbot, make_ctx, sessions, admin, worker) -> None:
    from registry.ui.administration import AdministrationPage

    ctx = make_ctx(admin, "bs")
    page = AdministrationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    row = next(n for n in range(page.model.rowCount()) if page.model.account(n).id == worker.id)
    page.table.selectRow(row)
    assert page.edit_button.isEnabled()
    page.edit_button.click()
    dialog = page.edit_dialog
    dialog.full_name.clear()
    type_text(dialog.full_name, "Amra Hadžić-Begić")
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_button.click()
    with sessions() as session:
        stored = session.get_one(User, worker.id)
        assert (stored.full_name, stored.role) == ("Amra Hadžić-Begić", "supervisor")
    event = _last_event(sessions)
    assert event.action == "user.update" and event.details["changes"] == {
        "full_name": ["Amra Hadžić", "Amra Hadžić-Begić"],
        "role": ["worker", "supervisor"],
    }
    qtbot.waitUntil(
        lambda: any(page.model.account(n).full_name == "Amra Hadžić-Begić" for n in range(page.model.rowCount())),
        timeout=10_000,
    )
