"""The Statistics page through its widgets: the period, the tables, a click from a figure to its cases, charts,
the exports (anonymised, audited), a worker's own figures, and the dashboard's compliance at a glance."""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from registry.models import AuditEvent, Case
from registry.services.statistics.period import Period
from registry.ui.dashboard import DashboardPage
from registry.ui.main_window import MainWindow
from registry.ui.statistics_page import StatisticsPage
from tests.ui.conftest import register, seed_demo_cases

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _page(qtbot, ctx, period: Period = YEAR) -> StatisticsPage:
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.set_period(period.first, period.last)
    page.show_button.click()
    qtbot.waitUntil(lambda: page.report is not None and not page.loading, timeout=30_000)
    return page


def _click(qtbot, view, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _new_cases(sessions, period: Period) -> int:
    with sessions() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Case)
                .where(Case.report_received_at >= period.start, Case.report_received_at < period.end)
            )
            or 0
        )


def test_a_supervisor_sees_the_tables_and_the_cases_behind_a_figure(qtbot, make_ctx, sessions, supervisor) -> None:
    seed_demo_cases(sessions, 120)
    page = _page(qtbot, make_ctx(supervisor, "bs"))
    assert page.table_list.count() == 15
    assert page.table_list.item(0).text() == "Novi predmeti po spolu i dobi"
    model = page.figures
    assert [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())] == [
        "0–6 god.",
        "7–14 god.",
        "15–16 god.",
        "17–18 god.",
        "nepoznato",
        "Ukupno",
    ]
    last_row, last_column = model.rowCount() - 1, model.columnCount() - 1
    total = int(model.item(last_row, last_column).text())
    assert total == _new_cases(sessions, YEAR) > 0
    # the figure of girls aged 7-14 leads to exactly that many cases, which open with a double-click
    figure = int(model.item(0, 1).text())
    assert figure > 0
    _click(qtbot, page.figures_view, 0, 1)
    qtbot.waitUntil(lambda: page.behind is not None, timeout=10_000)
    behind = page.behind
    assert behind.total + behind.restricted == figure and page.cases.rowCount() == behind.total
    if behind.restricted:  # restricted cases the supervisor is not assigned to are counted, never named
        assert "Ograničeni predmeti" in page.behind_title.text()
    assert "Novi predmeti po spolu i dobi" in page.behind_title.text()
    _click(qtbot, page.cases_view, 0, 1)
    with qtbot.waitSignal(page.open_case) as opened:  # a real double-click starts with a press
        qtbot.mouseDClick(
            page.cases_view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.cases_view.visualRect(page.cases.index(0, 1)).center(),
        )
    assert opened.args == [page.behind.cases[0].case_id]


def test_the_charts_draw_the_report_and_lead_to_cases(qtbot, make_ctx, sessions, supervisor) -> None:
    seed_demo_cases(sessions, 120)
    page = _page(qtbot, make_ctx(supervisor, "sr-Cyrl"))
    page.tabs.setCurrentIndex(1)
    trend = page.trend_chart
    report = page.report
    assert trend.categories[0] == "01.2026." and len(trend.categories) == 12
    new_by_month = [row[0] for row in report.table("monthly_trend").cells]
    assert [int(v) for v in trend.series[0].values] == new_by_month
    assert trend.series[0].name == "нови"
    chart = page.compliance_chart
    assert chart.categories and chart.series[0].name == "у року"
    qtbot.waitUntil(lambda: bool(chart._targets), timeout=5_000)  # painted
    month = max(range(12), key=lambda m: new_by_month[m])
    qtbot.waitUntil(lambda: trend.target_center(month, 0) is not None, timeout=5_000)
    point = trend.target_center(month, 0)
    qtbot.mouseClick(trend, Qt.MouseButton.LeftButton, pos=QPoint(int(point.x()), int(point.y())))
    qtbot.waitUntil(lambda: page.behind is not None, timeout=10_000)
    assert page.behind.total + page.behind.restricted == new_by_month[month]


def test_a_protocol_step_row_of_the_compliance_tab_leads_to_its_cases(qtbot, make_ctx, sessions, supervisor) -> None:
    """Steps are clicked through like referrals: the overdue steps the centre leads list the cases they are in."""
    seed_demo_cases(sessions, 120)
    page = _page(qtbot, make_ctx(supervisor, "bs"))
    page.tabs.setCurrentIndex(2)
    rows = page.report.compliance
    row = next(i for i, r in enumerate(rows) if r.kind == "step" and r.open_overdue)
    _click(qtbot, page.compliance_view, row, 5)
    qtbot.waitUntil(lambda: page.behind is not None, timeout=10_000)
    assert page.tabs.currentIndex() == 0  # the list of cases is beside the tables
    assert 0 < page.behind.total + page.behind.restricted <= rows[row].open_overdue
    assert "Koraci protokola po sektoru" in page.behind_title.text()


def test_exports_are_anonymised_files_and_audited(qtbot, make_ctx, sessions, supervisor, tmp_path) -> None:
    from openpyxl import load_workbook

    seed_demo_cases(sessions, 60)
    page = _page(qtbot, make_ctx(supervisor, "bs"))
    errors: list[tuple[BaseException, str]] = []
    page.ctx.ops.failure_handler = lambda error, details: errors.append((error, details))
    for fmt in ("xlsx", "csv", "pdf"):
        target = tmp_path / f"statistika.{fmt}"
        page.choose_file = lambda _suggested, _fmt, target=target: str(target)
        page.export_buttons[fmt].click()
        qtbot.waitUntil(lambda: page.saved_to is not None or bool(errors) or page.message.isVisible(), timeout=30_000)
        assert not errors and page.saved_to == target, (errors, page.message.text())
        assert target.stat().st_size > 0
    book = load_workbook(io.BytesIO((tmp_path / "statistika.xlsx").read_bytes()), read_only=True)
    assert len(book.sheetnames) == 16
    assert (tmp_path / "statistika.pdf").read_bytes().startswith(b"%PDF")
    text = (tmp_path / "statistika.csv").read_text(encoding="utf-8-sig")
    assert "Novi predmeti po spolu i dobi" in text and ";x;" in text  # small counts hidden
    with sessions() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "statistics.export")).all()
    assert [(e.user_id, e.details["format"], e.details["from"]) for e in events] == [
        (supervisor.id, "xlsx", "2026-01-01"),
        (supervisor.id, "csv", "2026-01-01"),
        (supervisor.id, "pdf", "2026-01-01"),
    ]


def test_a_worker_sees_the_figures_of_her_own_cases_and_exports_nothing(
    qtbot, make_ctx, sessions, worker, supervisor
) -> None:
    seed_demo_cases(sessions, 40)
    mine = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    page = _page(qtbot, make_ctx(worker, "bs"), Period(dt.date(2020, 1, 1), dt.date(2030, 12, 31)))
    assert page.scope_label.text() == "Podaci vaših predmeta."
    assert not any(button.isVisible() for button in page.export_buttons.values())
    model = page.figures
    assert model.item(model.rowCount() - 1, model.columnCount() - 1).text() == "1"
    page.show_cases_behind("new_cases_by_sex_age", None, None)
    qtbot.waitUntil(lambda: page.behind is not None, timeout=10_000)
    assert [c.case_id for c in page.behind.cases] == [mine]


def test_the_period_presets_move_by_whole_periods(qtbot, make_ctx, supervisor) -> None:
    page = StatisticsPage(make_ctx(supervisor, "en"))
    qtbot.addWidget(page)
    assert [page.preset.itemData(i) for i in range(page.preset.count())] == [
        "month",
        "quarter",
        "half_year",
        "year",
        "custom",
    ]
    page.preset.setCurrentIndex(page.preset.findData("quarter"))
    page._set_dates(Period(dt.date(2026, 4, 1), dt.date(2026, 6, 30)))
    page.earlier_button.click()
    assert page.chosen_period() == Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    qtbot.waitUntil(lambda: not page.loading, timeout=30_000)
    page.later_button.click()
    qtbot.waitUntil(lambda: not page.loading, timeout=30_000)  # the buttons wait for the figures
    page.later_button.click()
    assert page.chosen_period() == Period(dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    qtbot.waitUntil(lambda: not page.loading, timeout=30_000)
    page.set_period(dt.date(2026, 3, 1), dt.date(2026, 2, 1))
    assert page.preset.currentData() == "custom" and not page.earlier_button.isEnabled()
    page.show_button.click()
    assert page.message.text() == "The period ends before it starts."


def test_the_page_is_offered_to_readers_of_statistics_only(qtbot, make_ctx, supervisor, worker, admin) -> None:
    for user, offered in ((supervisor, True), (worker, True), (admin, False)):
        window = MainWindow(make_ctx(user))
        qtbot.addWidget(window)
        assert ("statistics" in window.page_keys()) is offered


def test_the_dashboard_shows_compliance_by_sector_at_a_glance(qtbot, make_ctx, sessions, supervisor) -> None:
    seed_demo_cases(sessions, 80)
    page = DashboardPage(make_ctx(supervisor, "bs"))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and not page.compliance_loading, timeout=30_000)
    chart = page.compliance_chart
    assert [s.name for s in chart.series] == ["na vrijeme", "sa zakašnjenjem", "otvoreno, rok prošao"]
    shown = [r for r in page.compliance_rows if r.on_time + r.late + r.open_overdue]
    assert len(chart.categories) == len(shown)
    for number, row in enumerate(shown):
        assert chart.values(number) == [row.on_time, row.late, row.open_overdue]


def test_the_dashboard_keeps_this_and_last_years_statistics_in_the_background(
    qtbot, make_ctx, sessions, supervisor
) -> None:
    """Shown to a supervisor, the dashboard keeps every settled month (and day) of this year and the last, a few
    at a time, so that the Statistics page's reports of those periods come from kept figures."""
    from registry.models import StatisticsMonth
    from registry.services.statistics import cache
    from registry.services.statistics.settings import settings_for

    seed_demo_cases(sessions, 80)
    now = dt.datetime.now(dt.UTC)
    today = dt.date.today()
    with sessions() as session:
        settings = settings_for(session)
        wanted = cache.spans(Period(dt.date(today.year - 1, 1, 1), today), now, settings)
        assert len(wanted) > 12 and cache.not_kept(session, wanted, settings) == wanted
    page = DashboardPage(make_ctx(supervisor, "bs"))
    qtbot.addWidget(page)
    page.show()

    def all_kept() -> bool:
        with sessions() as session:
            return not cache.not_kept(session, wanted, settings)

    qtbot.waitUntil(all_kept, timeout=60_000)
    with sessions() as session:
        assert set(session.scalars(select(StatisticsMonth.span))) >= set(wanted)
