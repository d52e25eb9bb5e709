"""The institution directory: add, edit, deactivate; a stale save is refused with an explanation and the input kept."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Institution
from registry.ui.institutions import InstitutionsPage
from tests.ui.conftest import type_text


def _page(qtbot, ctx) -> InstitutionsPage:
    page = InstitutionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=10_000)
    return page


def _row_of(page: InstitutionsPage, name: str) -> int | None:
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).data.name == name:
            return row
    return None


def test_add_edit_deactivate(qtbot, qtmodeltester, make_ctx, supervisor, sessions: sessionmaker[Session]) -> None:
    page = _page(qtbot, make_ctx(supervisor))
    qtmodeltester.check(page.model, force_py=True)
    dialog = page.edit(None)
    type_text(dialog.name, "JU Dom zdravlja Čengić Vila")
    type_text(dialog.name_cyrl, "ЈУ Дом здравља Ченгић Вила")
    dialog.sector.setCurrentIndex(dialog.sector.findData("health"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: _row_of(page, "JU Dom zdravlja Čengić Vila") is not None, timeout=10_000)
    page.table.selectRow(_row_of(page, "JU Dom zdravlja Čengić Vila"))
    dialog = page.edit(page.selected())
    type_text(dialog.phone, "033 123 456")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    page.table.selectRow(_row_of(page, "JU Dom zdravlja Čengić Vila"))
    assert page.active_button.text() == "Deactivate"
    page.active_button.click()
    qtbot.waitUntil(lambda: not page.loading and _row_of(page, "JU Dom zdravlja Čengić Vila") is None, timeout=10_000)
    page.show_inactive.setChecked(True)
    qtbot.waitUntil(
        lambda: not page.loading and _row_of(page, "JU Dom zdravlja Čengić Vila") is not None, timeout=10_000
    )
    with sessions() as session:
        saved = session.scalars(select(Institution).where(Institution.name == "JU Dom zdravlja Čengić Vila")).one()
        assert (saved.sector, saved.phone, saved.active) == ("health", "033 123 456", False)


def test_stale_save_is_explained_and_input_kept(qtbot, make_ctx, supervisor, sessions) -> None:
    page = _page(qtbot, make_ctx(supervisor))
    page.table.selectRow(0)
    entry = page.selected()
    dialog = page.edit(entry)
    with transaction(sessions) as session:  # someone else saves first
        session.execute(
            update(Institution).where(Institution.id == entry.id).values(phone="000", version=Institution.version + 1)
        )
    type_text(dialog.contact, "Đorđe Šarić")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.general.isVisible(), timeout=10_000)
    assert dialog.isVisible() and dialog.contact.text().endswith("Đorđe Šarić")
    assert "Someone else saved" in dialog.general.text()


def test_a_name_is_required(qtbot, make_ctx, supervisor) -> None:
    page = _page(qtbot, make_ctx(supervisor))
    dialog = page.edit(None)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.messages.by_field["name"].isVisible(), timeout=10_000)


def test_names_in_cyrillic_in_the_serbian_cyrillic_interface(qtbot, make_ctx, supervisor, sessions) -> None:
    with transaction(sessions) as session:
        session.add(
            Institution(name="OŠ Sveti Sava", name_cyrl="ОШ Свети Сава", sector="education", search_key="os sveti sava")
        )
    page = _page(qtbot, make_ctx(supervisor, "sr-Cyrl"))
    row = _row_of(page, "OŠ Sveti Sava")
    assert row is not None
    assert page.model.index(row, 0).data() == "ОШ Свети Сава"
