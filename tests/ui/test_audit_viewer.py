"""The audit viewer: filters by user, case number and dates, pages of older events, printing a case's history."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Case
from registry.services.access import break_glass
from registry.services.cases import case_by_number, open_case, set_restricted
from registry.services.dates import local_today
from registry.ui import audit_viewer
from registry.ui.audit_viewer import AuditViewerPage
from tests.ui.conftest import register, type_text


def _page(qtbot, ctx) -> AuditViewerPage:
    page = AuditViewerPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def _case(sessions: sessionmaker[Session], worker, supervisor) -> tuple[int, str]:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        set_restricted(session, case_id, True, actor_id=None)
        break_glass(session, supervisor.id, case_id, "Hitna provjera po pozivu policije")
        open_case(session, case_id, actor_id=supervisor.id)
        number = session.get_one(Case, case_id).number
    return case_id, number


def test_filter_by_case_and_user_and_print(qtbot, make_ctx, sessions, worker, supervisor, tmp_path: Path) -> None:
    case_id, number = _case(sessions, worker, supervisor)
    register(sessions, worker, "Emir", "Begić", lead_worker_id=worker.id)
    page = _page(qtbot, make_ctx(supervisor))
    everything = page.model.rowCount()
    assert everything > 3 and not page.print_button.isEnabled()
    type_text(page.case_number, number)
    page.apply_button.click()
    qtbot.waitUntil(lambda: not page.loading and page.case_id == case_id, timeout=10_000)
    assert 0 < page.model.rowCount() < everything
    assert {page.model.index(row, 3).data() for row in range(page.model.rowCount())} == {number}
    assert page.print_button.isEnabled()
    page.user.setCurrentIndex(page.user.findData(supervisor.id))
    page.apply_button.click()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    actions = [page.model.index(row, 2).data() for row in range(page.model.rowCount())]
    assert "Restricted case opened with a reason" in actions and "Case opened" in actions
    target = tmp_path / "history.pdf"
    page.choose_file = lambda _suggested: str(target)
    page.print_button.click()
    qtbot.waitUntil(lambda: page.saved_to == target, timeout=20_000)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).split())
    assert number in text and "Hitna provjera po pozivu policije" in text
    with sessions() as session:
        assert case_by_number(session, number).id == case_id


def test_unknown_case_number_is_explained(qtbot, make_ctx, supervisor) -> None:
    page = _page(qtbot, make_ctx(supervisor))
    type_text(page.case_number, "NGS-1999-99999")
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10_000)
    assert page.model.rowCount() == 0 and not page.print_button.isEnabled()


def test_dates_and_older_pages(qtbot, make_ctx, sessions, worker, supervisor, monkeypatch) -> None:
    _case(sessions, worker, supervisor)
    monkeypatch.setattr(audit_viewer, "PAGE", 2)
    page = _page(qtbot, make_ctx(supervisor))
    assert page.model.rowCount() == 2 and page.older_button.isEnabled()
    ids = [page.model.row_at(0).id, page.model.row_at(1).id]
    page.older_button.click()
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 2, timeout=10_000)
    assert page.model.row_at(2).id < ids[1]
    tomorrow = QDate(local_today()).addDays(1)
    page.since.setMaximumDate(tomorrow)
    page.since.setDate(tomorrow)
    page.apply_button.click()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.model.rowCount() == 0


def test_model_passes_the_qt_model_tester(qtbot, qtmodeltester, make_ctx, sessions, worker, supervisor) -> None:
    _case(sessions, worker, supervisor)
    page = _page(qtbot, make_ctx(supervisor))
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model, force_py=True)
