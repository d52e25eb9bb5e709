"""The referral log page: overdue and unanswered stand out, filters, a response in two clicks, opening the case."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Institution, Referral
from registry.services.referrals import ReferralInput, log_referral
from registry.ui.referral_log import ReferralLogPage
from registry.ui.referral_log_model import REFERRAL_ID_ROLE, STATE_ROLE, Column
from tests.ui.conftest import register, type_text

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def referrals(sessions: sessionmaker[Session], worker) -> dict[str, int]:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        late = log_referral(
            session,
            ReferralInput(
                case_id,
                "outgoing",
                police,
                "letter",
                urgency="urgent",
                sent_at=NOW - dt.timedelta(days=5),
                consent_override_reason="Zakonska obaveza obavještavanja policije",
            ),
            actor_id=worker.id,
        ).id
        waiting = log_referral(
            session,
            ReferralInput(
                case_id,
                "outgoing",
                police,
                "email",
                urgency="regular",
                sent_at=NOW - dt.timedelta(hours=5),
                consent_override_reason="Zakonska obaveza obavještavanja policije",
            ),
            actor_id=worker.id,
        ).id
        incoming = log_referral(
            session,
            ReferralInput(case_id, "incoming", police, "phone", sent_at=NOW - dt.timedelta(days=6)),
            actor_id=worker.id,
        ).id
    return {"case": case_id, "late": late, "waiting": waiting, "incoming": incoming}


def _page(qtbot, ctx) -> ReferralLogPage:
    page = ReferralLogPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 0, timeout=10_000)
    return page


def _state_of(page: ReferralLogPage, referral_id: int) -> str:
    row = page.model.row_of(referral_id)
    assert row is not None
    return page.model.index(row, Column.STATE).data(STATE_ROLE)


def test_overdue_and_unanswered_stand_out_with_text_and_icon(qtbot, make_ctx, worker, referrals) -> None:
    page = _page(qtbot, make_ctx(worker))
    assert page.model.rowCount() == 3
    late = page.model.index(page.model.row_of(referrals["late"]), Column.STATE)
    assert late.data() == "Response overdue" and late.data(STATE_ROLE) == "overdue"
    assert late.data(0x1) is not None  # DecorationRole: an icon, not colour alone
    waiting = page.model.index(page.model.row_of(referrals["waiting"]), Column.STATE)
    assert waiting.data() == "Waiting for response"
    assert _state_of(page, referrals["incoming"]) == "sent"


def test_filters(qtbot, make_ctx, worker, referrals) -> None:
    page = _page(qtbot, make_ctx(worker))
    page.show_only.setCurrentIndex(page.show_only.findData("overdue"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, 0).data(REFERRAL_ID_ROLE) == referrals["late"]
    page.show_only.setCurrentIndex(0)
    page.direction.setCurrentIndex(page.direction.findData("incoming"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, 0).data(REFERRAL_ID_ROLE) == referrals["incoming"]


def test_record_a_response_in_two_clicks(qtbot, make_ctx, worker, referrals, sessions) -> None:
    page = _page(qtbot, make_ctx(worker))
    page.table.selectRow(page.model.row_of(referrals["late"]))
    assert page.respond_button.isEnabled()
    page.respond_button.click()
    dialog = page.response_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.received.date().toPython() <= dt.date.today() + dt.timedelta(days=1)
    type_text(dialog.summary, "Policija je obavila razgovor; šalje izvještaj tužilaštvu.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.row_of(referrals["late"]) is not None, timeout=10_000)
    assert _state_of(page, referrals["late"]) == "answered"
    with sessions() as session:
        referral = session.get(Referral, referrals["late"])
        assert referral.status == "answered"
        assert referral.response_summary.startswith("Policija je obavila razgovor; šalje")


def test_an_empty_response_keeps_the_dialog_open_with_a_message(qtbot, make_ctx, worker, referrals) -> None:
    page = _page(qtbot, make_ctx(worker))
    page.table.selectRow(page.model.row_of(referrals["waiting"]))
    dialog = page.record_response()
    assert dialog is not None
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.messages.by_field["response_summary"].isVisible(), timeout=10_000)
    assert dialog.isVisible()


def test_answered_and_incoming_cannot_be_answered_and_open_case(qtbot, make_ctx, worker, referrals) -> None:
    page = _page(qtbot, make_ctx(worker))
    page.table.selectRow(page.model.row_of(referrals["incoming"]))
    assert not page.respond_button.isEnabled()
    with qtbot.waitSignal(page.open_case) as opened:
        page.open_button.click()
    assert opened.args == [referrals["case"]]


def test_model_passes_the_qt_model_tester(qtbot, qtmodeltester, make_ctx, worker, referrals) -> None:
    page = _page(qtbot, make_ctx(worker))
    model = page.model
    model._page_size = 2  # three referrals: two pages, the second read when the view asks for more
    model.reload()
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 3, timeout=10_000)
    assert not model.canFetchMore()
    qtmodeltester.check(model, force_py=True)


def test_institution_names_in_cyrillic_in_the_serbian_cyrillic_interface(
    qtbot, make_ctx, worker, referrals, sessions
) -> None:
    with sessions() as session:
        name = session.scalar(
            select(Institution.name)
            .join(Referral, Referral.institution_id == Institution.id)
            .where(Referral.id == referrals["late"])
        )
    assert name
    from registry.i18n.transliteration import to_cyrillic

    page = _page(qtbot, make_ctx(worker, "sr-Cyrl"))
    shown = page.model.index(page.model.row_of(referrals["late"]), Column.INSTITUTION).data()
    assert shown == to_cyrillic(name) and shown != name


def test_the_log_names_the_child_and_finds_by_registry_number_or_name(
    qtbot, make_ctx, sessions, worker, referrals
) -> None:
    other = register(sessions, worker, "Đorđe", "Ђурић", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        court = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        numbered = log_referral(
            session,
            ReferralInput(
                other,
                "incoming",
                court,
                "letter",
                registry_number="09-02/3-04-1-4471/26",
                sent_at=NOW - dt.timedelta(days=1),
            ),
            actor_id=worker.id,
        ).id
    page = _page(qtbot, make_ctx(worker, "sr-Cyrl"))
    assert page.model.headerData(Column.CHILD, Qt.Orientation.Horizontal) == "Дијете"
    assert page.model.index(page.model.row_of(numbered), Column.CHILD).data() == "Ђурић Đorđe"
    type_text(page.search, "09-02/3-04-1-4471")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, 0).data(REFERRAL_ID_ROLE) == numbered
    page.search.clear()
    type_text(page.search, "hodzic amina")  # the child, typed without diacritics
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 3, timeout=10_000)
    assert {page.model.index(row, 0).data(REFERRAL_ID_ROLE) for row in range(3)} == {
        referrals["late"],
        referrals["waiting"],
        referrals["incoming"],
    }
    page.search.clear()
    type_text(page.search, "Ђурић")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1, timeout=10_000)
    page.search.clear()
    type_text(page.search, "nobody like this")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 0, timeout=10_000)
