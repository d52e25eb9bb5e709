"""The Import page as a supervisor uses it: a file in, columns mapped with the first rows beside them, every error
before anything is written, a choice for a child already registered, then all or nothing with progress."""

from __future__ import annotations

import time
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox, QProgressDialog, QPushButton, QTableWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.models import Case, Person
from registry.ui.import_page import ImportPage
from tests.ui.conftest import register

HEADER = "Ime;Prezime;Datum rođenja;Datum prijave;Izvor prijave;Oblici nasilja"


def _page(qtbot, ctx) -> ImportPage:
    page = ImportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def _cases(sessions: sessionmaker[Session]) -> tuple[int, int]:
    with sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(Case)) or 0,
            session.scalar(select(func.count()).select_from(Person)) or 0,
        )


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("cp1250"))
    return path


def test_errors_are_shown_before_anything_is_written_then_a_corrected_file_imports(
    qtbot, make_ctx, sessions, supervisor, tmp_path: Path
) -> None:
    register(sessions, supervisor, "Ena", "Kos", birth_date="2014-02-02")
    page = _page(qtbot, make_ctx(supervisor, "bs"))
    before = _cases(sessions)
    bad = _csv(
        tmp_path / "predmeti.csv",
        [
            "Šemsa;Čaušević;01.01.2012.;01.02.2025. 08:00:15;policija;zanemarivanje",
            "Ivo;Babić;31.02.2012.;01.02.2025.;marsovci;fizičko nasilje",  # line 3: two errors
            "ENA;KOS;02.02.2014.;03.02.2025.;škola;vršnjačko nasilje",  # line 4: registered child
        ],
    )
    page.choose_file = lambda: str(bad)
    page.open_button.click()
    qtbot.waitUntil(lambda: page.sheets.count() == 1, timeout=10_000)
    preview = page.sheets.widget(0)
    assert isinstance(preview, QTableWidget) and preview.rowCount() == 4  # the field choosers and three rows
    chooser = preview.cellWidget(0, 1)
    assert isinstance(chooser, QComboBox) and chooser.currentData() == "family_name"
    assert preview.item(1, 0).text() == "Šemsa"  # Windows-1250 read as such
    assert "Windows-1250" in page.file_label.text()
    page.check_button.click()
    qtbot.waitUntil(lambda: page.plan is not None, timeout=10_000)
    assert page.issues.rowCount() == 2 and not page.import_button.isEnabled()
    lines = {page.issues.item(row, 1).text() for row in range(page.issues.rowCount())}
    columns = {page.issues.item(row, 2).text() for row in range(page.issues.rowCount())}
    assert lines == {"3"} and columns == {"Datum rođenja", "Izvor prijave"}
    assert "marsovci" in page.issues.item(1, 3).text() or "marsovci" in page.issues.item(0, 3).text()
    assert _cases(sessions) == before

    good = _csv(
        tmp_path / "ispravljeno.csv",
        [
            "Šemsa;Čaušević;01.01.2012.;01.02.2025. 08:00:15;policija;zanemarivanje",
            "ENA;KOS;02.02.2014.;03.02.2025.;škola;vršnjačko nasilje",
        ],
    )
    page.load(good)
    qtbot.waitUntil(lambda: page.book is not None and page.paths == [good] and not page.busy, timeout=10_000)
    page.check_button.click()
    qtbot.waitUntil(lambda: page.plan is not None, timeout=10_000)
    assert page.issues.rowCount() == 0 and page.matches.rowCount() == 1
    action = page.matches.cellWidget(0, 5)
    assert isinstance(action, QComboBox) and action.currentData() == "link"
    action.setCurrentIndex(action.findData("skip"))
    assert page.import_button.isEnabled()
    page.import_button.click()
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    assert (page.result.created, page.result.skipped) == (1, 1)
    after = _cases(sessions)
    assert (after[0] - before[0], after[1] - before[1]) == (1, 1)


def test_cancel_writes_nothing(qtbot, make_ctx, sessions, supervisor, tmp_path: Path, monkeypatch) -> None:
    from registry.services.importing import writing

    monkeypatch.setattr(writing, "BATCH", 50)
    slow = writing.Writer._batch

    def batch_slowly(self, plans):  # a big file on a slow PC: time to press Cancel between batches
        time.sleep(0.2)
        return slow(self, plans)

    monkeypatch.setattr(writing.Writer, "_batch", batch_slowly)
    rows = [
        f"Dijete{i};Prezime{i};01.01.2012.;{1 + i % 28:02d}.02.2025. 10:{i % 60:02d};policija;zanemarivanje"
        for i in range(600)
    ]
    page = _page(qtbot, make_ctx(supervisor, "en"))
    before = _cases(sessions)
    page.load(_csv(tmp_path / "cases.csv", rows))
    qtbot.waitUntil(lambda: page.book is not None and not page.busy, timeout=10_000)
    page.check_button.click()
    qtbot.waitUntil(lambda: page.plan is not None, timeout=10_000)
    page.import_button.click()
    dialog = None

    def progress_shown() -> bool:
        nonlocal dialog
        dialog = next((w for w in page.findChildren(QProgressDialog)), None)
        return dialog is not None

    qtbot.waitUntil(progress_shown, timeout=10_000)
    cancel = next(button for button in dialog.findChildren(QPushButton))
    cancel.click()  # the user's Cancel
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert page.result is None and "nothing was written" in page.message.text()
    assert _cases(sessions) == before


def test_the_template_is_saved_in_the_users_language_and_imports_back(
    qtbot, make_ctx, sessions, supervisor, tmp_path: Path
) -> None:
    page = _page(qtbot, make_ctx(supervisor, "sr-Cyrl"))
    target = tmp_path / "obrazac"
    page.choose_template_file = lambda _name: str(target)
    page.template_button.click()
    saved = tmp_path / "obrazac.xlsx"
    qtbot.waitUntil(saved.exists, timeout=10_000)
    book = load_workbook(saved)
    assert book.sheetnames[:2] == ["Упутство", "Предмети"]
    header = [cell.value for cell in book["Предмети"][1]]
    assert "Име" in header and "Презиме" in header
    book["Предмети"].append(["", "Јована", "Хоџић", "", "01.09.2016.", "Ж"] + [""] * 6 + ["21.11.2025.", "Полиција"])
    book.save(saved)
    page.load(saved)
    qtbot.waitUntil(lambda: page.book is not None and not page.busy, timeout=10_000)
    page.check_button.click()
    qtbot.waitUntil(lambda: page.plan is not None, timeout=10_000)
    assert page.issues.rowCount() == 0 and len(page.plan.to_write) == 1
