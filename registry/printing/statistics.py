"""The printed statistical report: the centre's letterhead, the period, the disclosure rule, every published table
and charts drawn with ReportLab's own graphics (no Qt, no numpy).

It prints a :class:`~registry.services.statistics.report.Publication` only: small counts are already hidden, and
nothing in it names a child, a case or a worker.  The footer says so instead of the usual confidentiality notice,
and the printed-by line carries no name (the audit trail records who exported it).
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from registry import i18n
from registry.printing import blocks
from registry.printing.context import PrintContext
from registry.printing.document import Section, render
from registry.printing.fonts import REGULAR
from registry.printing.styles import CONTENT_WIDTH
from registry.services.statistics.export import duration_rows, label, rule, table_rows, title
from registry.services.statistics.report import Publication
from registry.services.statistics.tables import PublishedTable

PALETTE = [colors.HexColor(c) for c in ("#3b6ea5", "#d9822b", "#8c8c8c", "#5a9e6f", "#a4161a", "#7b5ea7")]
#: which tables get a chart under them
CHARTS = (
    "new_cases_by_sex_age",
    "new_cases_by_violence_sex_age",
    "compliance_referrals",
    "compliance_steps",
    "monthly_trend",
)


def statistics_report(
    session: Session, publication: Publication, *, language: str | None = None, now: Any = None
) -> bytes:
    """The report as PDF bytes, in ``language`` (bs, hr, sr-Latn, sr-Cyrl, en; default: the centre's)."""
    ctx = PrintContext.create(session, language=language, printed_by=None, now=now)
    lang = ctx.language
    story: list[Flowable] = [
        *blocks.title(
            _text("stats.report_title", lang),
            _text("stats.period", lang, first=_day(publication.first), last=_day(publication.last)),
        ),
        blocks.note(rule(publication.threshold, lang)),
    ]
    for published in publication.tables:
        story += _table_block(publication, published, lang)
    section = Section(
        title=_text("stats.report_title", lang),
        reference=f"{_day(publication.first)} – {_day(publication.last)}",
        story=story,
        notice=_text("stats.anonymous_notice", lang),
    )
    return render(ctx, [section], title=_text("stats.report_title", lang)).data


def _day(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}."


def _table_block(publication: Publication, published: PublishedTable, lang: str) -> list[Flowable]:
    table = published.table
    rows = table_rows(published, lang)
    header, body = rows[0], rows[1:]
    widths = [3.2] + [1.0] * (len(header) - 1)
    cells = [[str(v) for v in row] for row in body]
    out: list[Flowable] = [*blocks.heading(title(table.id, lang)), blocks.table(header, cells, widths)]
    if table.note:
        out.append(blocks.note(_text(table.note, lang)))
    extra = duration_rows(publication, table.id, lang)
    if extra:
        out += [Spacer(0, 2 * mm), blocks.table(extra[0], [[str(v) for v in r] for r in extra[1:]], [3.2, 1, 1, 1])]
    if table.id in CHARTS and table.total:
        chart = _chart(published, lang)
        if chart is not None:
            out += [Spacer(0, 3 * mm), KeepTogether([chart])]
    return out


def _text(key: str, lang: str, **params: object) -> str:
    return i18n.text(key, lang, **params)


def _chart(published: PublishedTable, lang: str) -> Drawing | None:
    table = published.table
    cells = published.cells
    if table.id == "new_cases_by_sex_age":
        keep = [i for i, code in enumerate(table.row_codes) if any(cells[i])]
        if not keep:  # every count hidden or zero: nothing to draw
            return None
        series = [[_num(cells[i][j]) for j in range(len(table.column_codes))] for i in keep]
        names = [label(table.row_kind, table.row_codes[i], lang) for i in keep]
        categories = [label(table.column_kind, c, lang) for c in table.column_codes]
        return _bars(series, names, categories, vertical=True)
    if table.id == "new_cases_by_violence_sex_age":
        groups = published.group_totals
        keep = [g for g, total in enumerate(groups) if total]
        if not keep:
            return None
        categories = [label("violence_form", table.group_codes[g], lang) for g in keep]
        sexes = ("F", "M")
        totals = published.row_totals  # rows are form × (F, M, unknown)
        series = [[_num(totals[g * 3 + s]) for g in keep] for s in range(len(sexes))]
        return _bars(series, [label("sex", s, lang) for s in sexes], categories, vertical=False, stacked=True)
    if table.id in ("compliance_referrals", "compliance_steps"):
        categories = [label("sector", c, lang) for c in table.row_codes]
        if not categories:
            return None
        series = [[_num(row[j]) for row in cells] for j in range(3)]
        names = [label("stats", c, lang) for c in table.column_codes[:3]]
        return _bars(series, names, categories, vertical=False, stacked=True)
    if table.id == "monthly_trend":
        categories = [label("month", c, lang) for c in table.row_codes]
        series = [[_num(row[j]) for row in cells] for j in range(2)]
        names = [label("stats", c, lang) for c in table.column_codes]
        return _bars(series, names, categories, vertical=True)
    return None


def _num(value: int | None) -> float | None:
    return None if value is None else float(value)


def _drawing(height: float) -> Drawing:
    return Drawing(CONTENT_WIDTH, height)


def _legend(drawing: Drawing, names: list[str], y: float) -> None:
    if not names:  # ReportLab's legend fails on an empty list
        return
    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.x, legend.y = 10, y  # type: ignore[assignment]  # points are floats; the stubs say int
    legend.dx, legend.dy = 7, 7
    legend.deltax = 90
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(names)]
    legend.boxAnchor = "sw"
    legend.dxTextSpace = 4
    legend.variColumn = 1
    legend.columnMaximum = 1
    drawing.add(legend)


def _bars(
    series: list[list[float | None]], names: list[str], categories: list[str], *, vertical: bool, stacked: bool = False
) -> Drawing:
    rows = len(categories)
    height = 62 * mm if vertical else max(40 * mm, rows * (5.5 * mm) + 22 * mm)
    drawing = _drawing(height)
    chart: Any = VerticalBarChart() if vertical else HorizontalBarChart()
    label_room = 0 if vertical else 42 * mm
    chart.x = 12 * mm + label_room
    chart.y = 16 * mm if vertical else 14 * mm
    chart.width = CONTENT_WIDTH - chart.x - 6 * mm
    chart.height = height - chart.y - 6 * mm
    chart.data = series or [[0.0]]  # a hidden count (None) is left out, never drawn as zero
    chart.categoryAxis.categoryNames = categories if vertical else [_fit(c, label_room - 3 * mm) for c in categories]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    if stacked:
        chart.categoryAxis.style = "stacked"
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    _legend(drawing, names, 1 * mm)
    return drawing


def _fit(text: str, width: float) -> str:
    """Shorten a category label to the room left of a horizontal chart."""
    if stringWidth(text, REGULAR, 7) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, 7) > width:
        text = text[:-1]
    return text.rstrip(" (") + "…"
