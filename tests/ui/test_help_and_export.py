"""Help where staff need it: F1 opens the user guide in the user's language and script; the administrator backs up
and restores from the application; the case list is exported as filtered (visibility respected, audited)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.models import AuditEvent
from registry.services.user_guide import guide_html
from registry.ui.main_window import MainWindow
from tests.ui.conftest import register, type_text


@pytest.fixture
def administrator(sessions: sessionmaker[Session]):
    from registry.db import transaction
    from registry.services.users import UserInput, create_user

    with transaction(sessions) as session:
        return create_user(
            session, UserInput("admin.test", "Adna Admin", "administrator", "correct horse battery"), actor_id=None
        )


IMMEDIATE_CYRILLIC = "Хитно"


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", ["bs", "hr", "sr-Latn", "sr-Cyrl", "en"])
def test_the_guide_exists_in_every_language(language: str) -> None:
    html = guide_html(language)
    for key in ("F1", "Ctrl+N", "Ctrl+F", "Ctrl+S", "Ctrl+P", "Ctrl+D"):
        assert key in html
    text = re.sub(r"<[^>]+>", " ", html)
    if language == "sr-Cyrl":
        words = re.findall(r"[A-Za-zčćšžđČĆŠŽĐ]{3,}", re.sub(r"<code>.*?</code>", " ", html))
        latin = set(words) - {
            "Ctrl",
            "Enter",
            "XLSX",
            "CSV",
            "Excel",
            "code",
            "border",
            "cellpadding",
            "cellspacing",
            "table",
            "Hodžić",
            "hodzic",
        }
        assert not latin, latin
    elif language != "en":
        assert "Ctrl+S" in text and "protokol" in text.lower()


def test_f1_opens_the_guide_in_serbian_cyrillic(qtbot, make_ctx, worker) -> None:
    window = _window(qtbot, make_ctx(worker, "sr-Cyrl"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide_dialog is not None and window.guide_dialog.isVisible(), timeout=5000)
    text = window.guide_dialog.browser.toPlainText()
    assert "Пречице на тастатури" in text and "Ctrl+N" in text
    assert window.maintenance is None  # backups are the administrator's


def test_the_administrator_backs_up_and_restores_from_the_application(
    qtbot, make_ctx, administrator, sessions: sessionmaker[Session], database_url: str, tmp_path: Path, worker
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("a register on a server is backed up by IT")
    register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    window = _window(qtbot, make_ctx(administrator, "bs"))
    maintenance = window.maintenance
    told: list[tuple[str, bool]] = []
    maintenance.tell = lambda text, failed: told.append((text, failed))
    maintenance.folder = tmp_path / "backups"
    window.findChild(type(window.guide_action), "backup_action").trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told[-1][1] is False and told[-1][0].startswith("Rezervna kopija je napravljena i provjerena"), told
    backup = maintenance.last_result.path
    assert backup.is_file()
    register(sessions, worker, "Emir", "Begić", lead_worker_id=worker.id)  # entered after the backup
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "backup")) == 1
    closed: list[bool] = []
    maintenance.after_restore = lambda: closed.append(True)
    maintenance.choose_backup = lambda: str(backup)
    maintenance.confirm = lambda _question: True
    told.clear()
    window.findChild(type(window.guide_action), "restore_action").trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told[-1][1] is False, told
    assert closed == [True]
    from registry.services.search import search_cases

    with sessions() as session:
        assert search_cases(session, "Hodžić") and not search_cases(session, "Begić")


def test_the_case_list_is_exported_as_filtered(qtbot, make_ctx, sessions, worker, supervisor, tmp_path) -> None:
    from registry.ui.case_list import CaseListPage

    register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id, urgency="immediate")
    register(sessions, worker, "Amar", "Hodžić", lead_worker_id=worker.id, urgency="regular")
    register(sessions, supervisor, "Lana", "Kovač", lead_worker_id=supervisor.id, urgency="immediate")
    page = CaseListPage(make_ctx(worker, "sr-Cyrl"))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 0, timeout=10_000)
    page.urgency_filter.setCurrentIndex(page.urgency_filter.findData("immediate"))
    type_text(page.search, "hodzic")
    qtbot.waitUntil(
        lambda: page.model.searching and not page.model.loading and page.model.rowCount() == 1, timeout=10_000
    )
    target = tmp_path / "lista.xlsx"
    page.choose_export_file = lambda: (str(target), "xlsx")
    page.export_button.click()
    qtbot.waitUntil(lambda: page.exported is not None, timeout=20_000)
    sheet = load_workbook(target, read_only=True).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Број предмета" and rows[0][4] == "Статус"
    assert len(rows) == 2 and rows[1][1] == "Hodžić Amina" and rows[1][6] == IMMEDIATE_CYRILLIC
    assert "Kovač" not in str(rows)  # not hers, and not urgent enough
    csv_target = tmp_path / "lista.csv"
    page.choose_export_file = lambda: (str(csv_target), "csv")
    page.exported = None
    page.export_button.click()
    qtbot.waitUntil(lambda: page.exported is not None, timeout=20_000)
    raw = csv_target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(lines) == 2 and lines[1][1] == "Hodžić Amina"
    with sessions() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "export.cases")).all()
        assert [(e.user_id, e.details["format"], e.details["count"]) for e in events] == [
            (worker.id, "xlsx", 1),
            (worker.id, "csv", 1),
        ]
