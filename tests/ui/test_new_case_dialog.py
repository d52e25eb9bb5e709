"""Registering a case through the dialog, as a worker would: search first, then the intake form."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.models import Case, CaseViolenceForm, Person
from registry.services.jmbg import make_jmbg
from registry.ui.new_case_dialog import NewCaseDialog
from tests.ui.conftest import register, type_text


@pytest.fixture
def dialog(qtbot, make_ctx, supervisor):
    def build(language: str = "en") -> NewCaseDialog:
        opened = NewCaseDialog(make_ctx(supervisor, language))
        qtbot.addWidget(opened)
        opened.show()
        return opened

    return build


def _fill_required(dialog: NewCaseDialog) -> None:
    dialog.referral_source.setCurrentIndex(dialog.referral_source.findData("school"))
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("urgent"))
    dialog.violence_forms["neglect"].setChecked(True)


def test_registering_a_new_child_typed_in_bosnian(qtbot, dialog, sessions: sessionmaker[Session], supervisor) -> None:
    window = dialog()
    type_text(window.find_family, "Čaušević")
    type_text(window.find_given, "Đula")
    qtbot.waitUntil(lambda: "No child" in window.duplicate_status.text(), timeout=5000)
    QTest.mouseClick(window.new_child_button, Qt.MouseButton.LeftButton)
    assert window.steps.currentIndex() == 1
    assert (window.family_name.text(), window.given_name.text()) == ("Čaušević", "Đula")
    jmbg = make_jmbg(dt.date(2016, 5, 4), "F", region=17, serial=512)
    type_text(window.jmbg, jmbg)
    assert window.birth_date.text() == "04.05.2016."  # filled in from the JMBG
    assert window.sex.currentData() == "F"
    _fill_required(window)
    type_text(window.reporter_relation, "učiteljica")
    with qtbot.waitSignal(window.registered, timeout=10_000) as saved:
        QTest.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    case_id = saved.args[0]
    with sessions() as session:
        case = session.get_one(Case, case_id)
        child = session.get_one(Person, case.child_id)
        assert (child.given_name, child.family_name, child.jmbg) == ("Đula", "Čaušević", jmbg)
        assert child.birth_date == dt.date(2016, 5, 4) and child.sex == "F"
        assert case.urgency == "urgent" and case.referral_source == "school"
        assert case.reporter_relation == "učiteljica" and case.lead_worker_id == supervisor.id
        assert list(session.scalars(select(CaseViolenceForm.code).where(CaseViolenceForm.case_id == case_id))) == [
            "neglect"
        ]
    assert window.case_number and window.case_number.startswith("NGS-")


def test_an_invalid_jmbg_is_explained_next_to_the_field(qtbot, dialog) -> None:
    window = dialog("bs")
    type_text(window.find_family, "Kovač")
    QTest.mouseClick(window.new_child_button, Qt.MouseButton.LeftButton)
    type_text(window.given_name, "Ana")
    type_text(window.jmbg, "0101015175001")  # check digit should be 2
    message = window.messages.by_field["jmbg"]
    assert message.isVisible()
    assert message.text().startswith("Kontrolna cifra JMBG-a je 1, a trebala bi biti 2")
    _fill_required(window)
    with qtbot.waitSignal(window.ctx.ops.busy_changed, timeout=10_000, check_params_cb=lambda busy: not busy):
        QTest.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()  # nothing was saved
    assert message.isVisible() and message.text()
    assert window.focusWidget() is window.jmbg


def test_a_disagreeing_birth_date_is_warned_about(qtbot, dialog) -> None:
    window = dialog()
    QTest.mouseClick(window.new_child_button, Qt.MouseButton.LeftButton)
    type_text(window.birth_date, "01.01.2017.")
    window.birth_date.editingFinished.emit()
    type_text(window.jmbg, make_jmbg(dt.date(2016, 5, 4), "M", serial=123))
    warning = window.messages.by_field["birth_date"]
    assert warning.isVisible() and "does not match" in warning.text()
    assert window.birth_date.text() == "01.01.2017."  # what the user typed is kept


def test_possible_duplicates_are_shown_before_creating(qtbot, dialog, sessions, supervisor) -> None:
    existing = register(sessions, supervisor, "Амина", "Хоџић", birth_date=dt.date(2015, 3, 14))
    window = dialog()
    type_text(window.find_family, "Hodzic")
    type_text(window.find_given, "Amina")
    qtbot.waitUntil(lambda: window.candidates.topLevelItemCount() == 1, timeout=5000)
    item = window.candidates.topLevelItem(0)
    assert item.text(0) == "Хоџић Амина"
    assert item.text(1) == "14.03.2015."
    assert item.text(4) == "Similar name"
    assert "1 possible duplicate" in window.duplicate_status.text()
    # going on with a new child anyway keeps the warning in sight
    QTest.mouseClick(window.new_child_button, Qt.MouseButton.LeftButton)
    assert window.banner.isVisible() and "duplicate" in window.banner.text()
    # back, and a new case for the child already registered
    window.steps.setCurrentIndex(0)
    window.candidates.setCurrentItem(item)
    QTest.mouseClick(window.use_existing_button, Qt.MouseButton.LeftButton)
    assert not window.given_name.isEnabled() and window.given_name.text() == "Амина"
    _fill_required(window)
    with qtbot.waitSignal(window.registered, timeout=10_000) as saved:
        QTest.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    with sessions() as session:
        first = session.get_one(Case, existing)
        second = session.get_one(Case, saved.args[0])
        assert second.child_id == first.child_id and second.id != first.id


def test_same_jmbg_is_the_strongest_duplicate(qtbot, dialog, sessions, supervisor) -> None:
    jmbg = make_jmbg(dt.date(2012, 9, 1), "M", serial=77)
    register(sessions, supervisor, "Ivan", "Perić", jmbg=jmbg, birth_date=None, sex=None)
    window = dialog()
    type_text(window.find_jmbg, jmbg)
    qtbot.waitUntil(lambda: window.candidates.topLevelItemCount() == 1, timeout=5000)
    assert window.candidates.topLevelItem(0).text(4) == "Same JMBG"


def test_service_validation_messages_appear_under_their_fields_in_bosnian(qtbot, dialog) -> None:
    window = dialog("bs")
    QTest.mouseClick(window.new_child_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.ctx.ops.busy_changed, timeout=10_000, check_params_cb=lambda busy: not busy):
        QTest.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    for field in ("given_name", "family_name", "referral_source"):
        message = window.messages.by_field[field]
        assert message.isVisible(), field
        assert message.text().endswith(": obavezan podatak."), message.text()
    assert not window.messages.by_field["jmbg"].isVisible()
    assert window.focusWidget() is window.given_name


def test_anonymous_reporter_clears_and_locks_the_name(qtbot, dialog) -> None:
    window = dialog()
    QTest.mouseClick(window.new_child_button, Qt.MouseButton.LeftButton)
    type_text(window.reporter_name, "Mirela Šarić")
    window.anonymous.setChecked(True)
    assert window.reporter_name.text() == "" and not window.reporter_name.isEnabled()
