"""The case list: a lazily filled model over a real database, search as you type, filters, order, counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Case, Person, User
from registry.services.access import visible_cases
from registry.services.case_list import PAGE_SIZE, CaseQuery, count_cases
from registry.services.names import sort_key
from registry.ui.case_list import CaseListPage
from registry.ui.case_list_model import CASE_ID_ROLE, CODE_ROLE, SORT_ROLE, CaseListModel, Column
from registry.ui.context import AppContext
from tests.ui.conftest import register, seed_demo_cases, type_text


@pytest.fixture
def demo_supervisor(sessions: sessionmaker[Session]) -> User:
    seed_demo_cases(sessions, 2 * PAGE_SIZE + 50)
    with sessions() as session:
        return session.scalars(select(User).where(User.role == "supervisor").order_by(User.id)).first()


def _page(qtbot, ctx: AppContext, **options) -> CaseListPage:
    page = CaseListPage(ctx, **options)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.count is not None, timeout=10_000)
    return page


def _ids(model: CaseListModel) -> list[int]:
    return [model.case_id(row) for row in range(model.rowCount())]


def test_model_passes_the_qt_model_tester(qtbot, qtmodeltester, make_ctx, demo_supervisor) -> None:
    page = _page(qtbot, make_ctx(demo_supervisor))
    assert page.model.rowCount() == PAGE_SIZE
    qtmodeltester.check(page.model, force_py=True)
    qtbot.waitUntil(lambda: not page.model.loading)  # the tester's fetchMore is answered asynchronously


def test_first_page_then_more_rows_on_scroll(qtbot, make_ctx, demo_supervisor, sessions) -> None:
    page = _page(qtbot, make_ctx(demo_supervisor))
    model = page.model
    with sessions() as session:  # newest registration first, every case the supervisor may see, once
        expected = list(
            session.scalars(
                select(Case.id)
                .where(visible_cases(session, demo_supervisor.id))
                .order_by(Case.registered_at.desc(), Case.id.desc())
            )
        )
    assert 2 * PAGE_SIZE < len(expected) <= 2 * PAGE_SIZE + 50  # restricted cases of others are left out
    assert model.rowCount() == PAGE_SIZE and model.count == len(expected)
    assert model.canFetchMore()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=10_000)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == len(expected), timeout=10_000)
    assert not model.canFetchMore()
    assert _ids(model) == expected


def test_jump_to_the_last_row_reads_only_the_last_page(qtbot, make_ctx, demo_supervisor, sessions) -> None:
    page = _page(qtbot, make_ctx(demo_supervisor))
    model = page.model
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not model.loading and not model.has_more_after(), timeout=10_000)
    with sessions() as session:
        oldest = session.scalar(
            select(Case.id)
            .where(visible_cases(session, demo_supervisor.id))
            .order_by(Case.registered_at, Case.id)
            .limit(1)
        )
    assert model.rowCount() == PAGE_SIZE  # not the whole register
    assert model.case_id(model.rowCount() - 1) == oldest
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == model.rowCount() - 1)
    # scrolling back up reads the page before, and the view keeps its place
    page.table.scrollToTop()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=10_000)
    assert model.case_id(2 * PAGE_SIZE - 1) == oldest
    assert page.table.verticalScrollBar().value() > 0


def test_sorting_by_name_follows_the_alphabet(qtbot, make_ctx, demo_supervisor) -> None:
    page = _page(qtbot, make_ctx(demo_supervisor))
    page.table.horizontalHeader().setSortIndicator(Column.CHILD, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.query.sort == "name" and not page.model.loading, timeout=10_000)
    keys = [page.model.index(row, Column.CHILD).data(SORT_ROLE) for row in range(page.model.rowCount())]
    assert keys == sorted(keys)
    assert page.model.index(0, Column.CHILD).data(SORT_ROLE) == sort_key(page.model.index(0, Column.CHILD).data())
    # a column that cannot be ordered over a million rows keeps the previous order
    page.table.horizontalHeader().setSortIndicator(Column.STATUS, Qt.SortOrder.AscendingOrder)
    assert page.table.horizontalHeader().sortIndicatorSection() == Column.CHILD
    assert page.model.query.sort == "name"


@pytest.mark.parametrize(
    "combo, code",
    [
        ("status_filter", "assessment"),
        ("risk_filter", "high"),
        ("urgency_filter", "immediate"),
        ("violence_filter", "neglect"),
    ],
)
def test_filters_show_matching_cases_and_their_count(qtbot, make_ctx, demo_supervisor, sessions, combo, code) -> None:
    page = _page(qtbot, make_ctx(demo_supervisor))
    widget = getattr(page, combo)
    widget.setCurrentIndex(widget.findData(code))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.count is not None, timeout=10_000)
    query = page.model.query
    with sessions() as session:
        expected = count_cases(session, query, actor_id=demo_supervisor.id)
    assert 0 < expected < 2 * PAGE_SIZE + 50
    assert page.model.count == expected
    assert page.count_label.text().split()[0] == str(expected)
    if combo != "violence_filter":
        column = {"status_filter": Column.STATUS, "risk_filter": Column.RISK, "urgency_filter": Column.URGENCY}[combo]
        codes = {page.model.index(row, column).data(CODE_ROLE) for row in range(page.model.rowCount())}
        assert codes == {code}


def test_overdue_page_lists_only_open_cases_with_overdue_steps(qtbot, make_ctx, demo_supervisor, sessions) -> None:
    page = _page(qtbot, make_ctx(demo_supervisor), preset=CaseQuery(overdue=True), fixed_overdue=True)
    assert page.model.rowCount() > 0
    for row in range(page.model.rowCount()):
        assert int(page.model.index(row, Column.OVERDUE).data()) >= 1
        assert page.model.index(row, Column.STATUS).data(CODE_ROLE) != "closed"
    assert not page.overdue_filter.isVisible()


def test_a_worker_sees_only_their_own_cases(qtbot, make_ctx, sessions, worker, supervisor) -> None:
    own = register(sessions, worker, "Amar", "Begović")
    register(sessions, supervisor, "Lana", "Kovač", lead_worker_id=supervisor.id)
    page = _page(qtbot, make_ctx(worker))
    assert _ids(page.model) == [own]
    assert page.model.count == 1


def test_search_as_you_type_finds_a_cyrillic_child_typed_in_latin(qtbot, make_ctx, sessions, supervisor) -> None:
    cyrillic = register(sessions, supervisor, "Ђорђе", "Хоџић")
    register(sessions, supervisor, "Amina", "Hodžić")
    register(sessions, supervisor, "Emir", "Hodović")
    page = _page(qtbot, make_ctx(supervisor))
    type_text(page.search, "hodzic đor")
    qtbot.waitUntil(
        lambda: page.model.searching and not page.model.loading and page.model.rowCount() == 1, timeout=5000
    )
    assert page.model.index(0, Column.CHILD).data() == "Хоџић Ђорђе"
    assert page.model.index(0, 0).data(CASE_ID_ROLE) == cyrillic
    assert page.count_label.text() == "1 case found"
    # and the other way round: Cyrillic typed, Latin entered
    page.search.clear()
    type_text(page.search, "Хоџић Ами")
    qtbot.waitUntil(
        lambda: (
            not page.model.loading
            and page.model.rowCount() == 1
            and page.model.index(0, Column.CHILD).data() == "Hodžić Amina"
        ),
        timeout=5000,
    )
    # clearing the search shows the whole list again
    page.search.clear()
    qtbot.waitUntil(lambda: not page.model.searching and page.model.rowCount() == 3, timeout=5000)


def test_an_older_keystrokes_results_never_replace_newer_ones(qtbot, make_ctx, sessions, supervisor) -> None:
    register(sessions, supervisor, "Ana", "Anić")
    wanted = register(sessions, supervisor, "Selma", "Kurtović")
    page = _page(qtbot, make_ctx(supervisor))
    model = page.model
    for text in ("a", "an", "kurt"):  # straight to the model: no debounce between them
        model.set_search(text)
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    qtbot.wait(100)
    assert _ids(model) == [wanted]


def test_search_respects_the_filters(qtbot, make_ctx, sessions, supervisor) -> None:
    register(sessions, supervisor, "Amina", "Hodžić", urgency="urgent")
    immediate = register(sessions, supervisor, "Amar", "Hodžić", urgency="immediate")
    page = _page(qtbot, make_ctx(supervisor))
    page.urgency_filter.setCurrentIndex(page.urgency_filter.findData("immediate"))
    type_text(page.search, "hodzic")
    qtbot.waitUntil(lambda: page.model.searching and not page.model.loading, timeout=5000)
    assert _ids(page.model) == [immediate]


def test_enter_and_double_click_open_the_case(qtbot, make_ctx, sessions, supervisor) -> None:
    case_id = register(sessions, supervisor, "Nermin", "Delić")
    page = _page(qtbot, make_ctx(supervisor))
    page.table.setCurrentIndex(page.model.index(0, Column.NUMBER))
    with qtbot.waitSignal(page.open_case) as opened:
        QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [case_id]
    rect = page.table.visualRect(page.model.index(0, Column.CHILD))
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    with qtbot.waitSignal(page.open_case) as opened:  # a real double-click starts with a press
        QTest.mouseDClick(
            page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
        )
    assert opened.args == [case_id]


def test_labels_and_dates_in_the_users_language(qtbot, make_ctx, sessions, supervisor) -> None:
    register(sessions, supervisor, "Lejla", "Džafić", urgency="immediate")
    page = _page(qtbot, make_ctx(supervisor, "sr-Cyrl"))
    model = page.model
    assert model.index(0, Column.URGENCY).data() == "Хитно"
    assert model.headerData(Column.CHILD, Qt.Orientation.Horizontal) == "Дијете"
    birth = model.index(0, Column.BIRTH_DATE).data()
    assert birth == "14.03.2015."
    assert page.count_label.text() == "1 предмет"


def test_rows_let_go_of_are_read_again(qtbot, make_ctx, demo_supervisor, monkeypatch) -> None:
    monkeypatch.setattr("registry.ui.case_list_model.ROW_CACHE", 50)
    model = CaseListModel(make_ctx(demo_supervisor))
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    assert model.rowCount() == PAGE_SIZE
    assert model.index(0, Column.CHILD).data() == "…"  # row 0 was pushed out of the 50-row cache
    qtbot.waitUntil(lambda: model.index(0, Column.CHILD).data() != "…", timeout=5000)
    assert model.index(0, Column.NUMBER).data().startswith("NGS-")


def _count_visible(session: Session, user_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Case)
            .join(Person, Person.id == Case.child_id)
            .where(visible_cases(session, user_id))
        )
        or 0
    )


def test_my_cases_counts_what_the_worker_may_see(qtbot, make_ctx, sessions, worker, supervisor) -> None:
    for index in range(3):
        register(sessions, worker, "Dijete", f"Prezime{index}")
    with transaction(sessions) as session:
        total = _count_visible(session, worker.id)
    page = _page(qtbot, make_ctx(worker), preset=CaseQuery(assigned_to=worker.id, open_only=True), fixed_worker=True)
    assert page.model.count == total == 3
    assert not page.worker_filter.isVisible()


def test_a_supervisors_cases_are_those_they_supervise(qtbot, make_ctx, sessions, worker, supervisor) -> None:
    supervised = register(sessions, worker, "Emina", "Mehić", supervisor_id=supervisor.id)
    register(sessions, worker, "Tarik", "Mehić")
    led = register(sessions, supervisor, "Ivo", "Perić", lead_worker_id=supervisor.id)
    page = _page(
        qtbot, make_ctx(supervisor), preset=CaseQuery(assigned_to=supervisor.id, open_only=True), fixed_worker=True
    )
    assert sorted(_ids(page.model)) == sorted([supervised, led])


def test_search_finds_the_child_by_a_parents_name_address_or_phone(qtbot, make_ctx, sessions, supervisor) -> None:
    from registry.services.cases import HouseholdInput
    from registry.services.people import PersonInput

    mother = PersonInput("Šejla", "Mehić", address="Ulica Zmaja od Bosne 7", phone="061 987 654")
    child = register(sessions, supervisor, "Kenan", "Alić", household=[HouseholdInput(mother, "mother")])
    register(sessions, supervisor, "Ajla", "Mehmedović")
    page = _page(qtbot, make_ctx(supervisor, "bs"))
    for typed in ("Шејла Мехић", "sejla", "zmaja od bosne", "061 987"):
        page.search.clear()
        type_text(page.search, typed)
        qtbot.waitUntil(
            lambda: page.model.searching and not page.model.loading and _ids(page.model) == [child], timeout=5000
        )
        assert page.model.index(0, Column.CHILD).data() == "Alić Kenan"
