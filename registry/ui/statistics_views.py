"""What the Statistics page shows, apart from the page: item models filled from a report, the labels of a figure,
and the audited export.  Words come from the statistics catalogue (the printed report's), the rest from Qt's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from sqlalchemy.orm import Session

from registry import i18n
from registry.services.statistics import export
from registry.services.statistics.behind import DRILLABLE
from registry.services.statistics.period import Period
from registry.services.statistics.report import compute, publish, record_export
from registry.services.statistics.tables import CountTable, Report
from registry.ui.charts import Series
from registry.ui.ops import Progress

translate = QCoreApplication.translate
#: (row code, column code) of a figure; None for a total
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 7
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: compliance outcomes drawn (not yet due is not a judgement on anyone)
DRAWN = ("on_time", "late", "open_overdue")
OUTCOME_COLOURS = {"on_time": "#009E73", "late": "#E69F00", "open_overdue": "#D55E00"}
ChartData = tuple[str, list[str], list[Series], tuple[tuple[str, ...], ...]]


def preset_label(kind: str) -> str:
    return {
        "month": translate("Statistics", "Month"),
        "quarter": translate("Statistics", "Quarter"),
        "half_year": translate("Statistics", "Half-year"),
        "year": translate("Statistics", "Year"),
        "custom": translate("Statistics", "Other dates"),
    }[kind]


def export_bytes(
    session: Session, period: Period, fmt: str, *, actor_id: int | None, language: str, progress: Progress | None = None
) -> bytes:
    """The anonymised report in ``fmt``, and its line in the audit trail (one transaction)."""
    from registry.printing.statistics import statistics_report

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress.report(done, total + 1)

    report = compute(session, period, actor_id=actor_id, with_quality=False, progress=step)
    publication = publish(report)
    if fmt == "pdf":
        data = statistics_report(session, publication, language=language)
    elif fmt == "xlsx":
        from registry.services.statistics.workbook import to_xlsx

        data = to_xlsx(publication, language)
    else:
        data = export.to_csv(publication, language).encode("utf-8")
    record_export(
        session,
        actor_id=actor_id,
        period=period,
        table_ids=[t.table.id for t in publication.tables],
        fmt=fmt,
        language=language,
    )
    return data


def figure_item(
    value: int, figure: tuple[str | None, str | None], drillable: bool, bold: bool = False
) -> QStandardItem:
    """A count; one that leads to cases carries its (row, column) codes."""
    item = QStandardItem(str(value))
    item.setTextAlignment(RIGHT)
    if drillable and value:
        item.setData(figure, FIGURE_ROLE)
        item.setToolTip(translate("Statistics", "Click to list the cases behind this figure"))
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _append_row(
    model: QStandardItemModel,
    items: list[QStandardItem],
    total: int,
    figure: tuple[str | None, str | None],
    drillable: bool,
    with_totals: bool,
    bold: bool = False,
) -> None:
    if with_totals:
        items.append(figure_item(total, figure, drillable, bold=True))
    if bold:
        for item in items:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
    model.appendRow(items)


def fill_figures(model: QStandardItemModel, table: CountTable, lang: str) -> str:
    """The table as staff see it (small counts shown), totals in bold; returns the table's note."""
    drillable = table.id in DRILLABLE
    layout = table.layout
    headers = [export.label(table.column_kind, c, lang) for c in table.column_codes]
    with_totals = layout.row_totals
    if with_totals:
        headers.append(i18n.text("stats.total", lang))
    model.setHorizontalHeaderLabels(headers)
    labels: list[str] = []
    groups = layout.row_groups
    for i, code in enumerate(table.row_codes):
        if groups and (i == 0 or groups[i] != groups[i - 1]):  # a form of violence's own line, with its total
            group = groups[i]
            form = table.group_codes[group]
            total = sum(sum(table.cells[k]) for k in range(len(table.row_codes)) if groups[k] == group)
            _append_row(
                model,
                [QStandardItem("") for _ in table.column_codes],
                total,
                (form, None),
                drillable,
                with_totals,
                bold=True,
            )
            labels.append(export.label("violence_form", form, lang))
        items = [figure_item(v, (code, c), drillable) for v, c in zip(table.cells[i], table.column_codes, strict=True)]
        _append_row(model, items, sum(table.cells[i]), (code, None), drillable, with_totals)
        labels.append(export.label(table.row_kind, code, lang).strip())
    if layout.column_totals:  # a case counts once per form: the violence table's column totals lead nowhere
        items = [
            figure_item(v, (None, c), drillable and not groups, bold=True)
            for v, c in zip(table.column_totals, table.column_codes, strict=True)
        ]
        _append_row(model, items, table.total, (None, None), drillable and not groups, with_totals, bold=True)
        labels.append(i18n.text("stats.total", lang))
    model.setVerticalHeaderLabels(labels)
    return i18n.text(table.note, lang) if table.note else ""


def fill_durations(model: QStandardItemModel, report: Report, table: CountTable, lang: str) -> bool:
    """Count, median and 90th percentile in days per row of a table that has them; False if it has none."""
    items = report.durations.get(table.id)
    if not items and table.id in ("compliance_referrals", "compliance_steps"):
        kind = "referral" if table.id == "compliance_referrals" else "step"
        data = [(r.sector, r.on_time + r.late, r.median_days, r.p90_days) for r in report.compliance if r.kind == kind]
    else:
        data = [(d.code, d.count, d.median_days, d.p90_days) for d in items or []]
    if not data:
        return False
    model.setHorizontalHeaderLabels(
        [i18n.text("stats.count", lang), i18n.text("stats.median", lang), i18n.text("stats.p90", lang)]
    )
    kind = export.duration_kind(table.id)
    for _code, count, median, p90 in data:
        cells = [
            QStandardItem(str(count)),
            QStandardItem("–" if median is None else f"{median:g}"),
            QStandardItem("–" if p90 is None else f"{p90:g}"),
        ]
        for cell in cells:
            cell.setTextAlignment(RIGHT)
        model.appendRow(cells)
    model.setVerticalHeaderLabels([export.label(kind, d[0], lang) for d in data])
    return True


def fill_compliance(model: QStandardItemModel, report: Report, lang: str) -> None:
    """Referral and step deadlines by sector, one row each, with the overdue ones in red."""
    model.clear()
    model.setHorizontalHeaderLabels(
        [
            translate("Statistics", "Sector"),
            translate("Statistics", "Kind"),
            translate("Statistics", "Due in the period"),
            translate("Statistics", "On time"),
            translate("Statistics", "Answered late"),
            translate("Statistics", "Open, overdue"),
            translate("Statistics", "Open, not yet due"),
            translate("Statistics", "Median days"),
            translate("Statistics", "90th percentile, days"),
        ]
    )
    kinds = {"referral": translate("Statistics", "Referral"), "step": translate("Statistics", "Protocol step")}
    for row in report.compliance:
        cells = [QStandardItem(export.label("sector", row.sector, lang)), QStandardItem(kinds.get(row.kind, row.kind))]
        for value in (row.due, row.on_time, row.late, row.open_overdue, row.open_not_due):
            cells.append(figure_item(value, (row.sector, None), False))
        for days in (row.median_days, row.p90_days):
            item = QStandardItem("–" if days is None else f"{days:g}")
            item.setTextAlignment(RIGHT)
            cells.append(item)
        if row.open_overdue:
            cells[5].setForeground(Qt.GlobalColor.darkRed)
        model.appendRow(cells)


def chart_data(report: Report, lang: str) -> tuple[ChartData, ChartData, ChartData]:
    """Title, categories, series and the codes behind them, for the three charts: forms of violence by sex and
    age band, referral compliance by sector, new and closed cases by month."""
    violence = report.table("new_cases_by_violence_sex_age")
    rows = [i for i, cells in enumerate(violence.cells) if sum(cells)]
    categories = []
    for i in rows:
        form, sex = violence.row_codes[i].split("/")
        # the sex first: a long form's name is shortened at its end, and the sex must stay readable
        categories.append(f"{export.label('sex', sex, lang)} · {export.label('violence_form', form, lang)}")
    forms: ChartData = (
        export.title(violence.id, lang),
        categories,
        [
            Series(export.label("band", b, lang), tuple(float(violence.cells[i][j]) for i in rows))
            for j, b in enumerate(violence.column_codes)
        ],
        (tuple(violence.row_codes[i] for i in rows), violence.column_codes),
    )
    referrals = [r for r in report.compliance if r.kind == "referral"]
    compliance: ChartData = (
        export.title("compliance_referrals", lang),
        [export.label("sector", r.sector, lang) for r in referrals],
        [
            Series(export.label("stats", o, lang), tuple(float(getattr(r, o)) for r in referrals), OUTCOME_COLOURS[o])
            for o in DRAWN
        ],
        (tuple(r.sector for r in referrals),),
    )
    trend = report.table("monthly_trend")
    months: ChartData = (
        export.title(trend.id, lang),
        [export.label("month", m, lang) for m in trend.row_codes],
        [
            Series(export.label("stats", c, lang), tuple(float(row[j]) for row in trend.cells))
            for j, c in enumerate(trend.column_codes)
        ],
        (trend.row_codes,),
    )
    return forms, compliance, months


def figure_title(report: Report | None, table_id: str, row: str | None, column: str | None, lang: str) -> str:
    """Which figure the listed cases stand behind: the table, the row and the column, in words."""
    table = report.table(table_id) if report else None
    parts = [export.title(table_id, lang)]
    if table is not None:
        if row is not None:
            if "/" in row:
                form, sex = row.split("/")
                parts.append(f"{export.label('violence_form', form, lang)}, {export.label('sex', sex, lang)}")
            else:
                kind = "violence_form" if table.group_codes else table.row_kind
                parts.append(export.label(kind, row, lang).strip())
        if column is not None:
            parts.append(export.label(table.column_kind, column, lang))
    return " · ".join(parts)


__all__ = [
    "DRAWN",
    "FIGURE_ROLE",
    "chart_data",
    "export_bytes",
    "figure_item",
    "figure_title",
    "fill_compliance",
    "fill_durations",
    "fill_figures",
    "preset_label",
]
