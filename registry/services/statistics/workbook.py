"""A published report as an XLSX workbook (XlsxWriter): a cover sheet with the rule, then one sheet per table with
frozen headings, numbers stored as numbers, and a native chart where a picture helps."""

from __future__ import annotations

import io
import re
from typing import Any

from registry import i18n
from registry.services.statistics.export import SUPPRESSED, duration_rows, rule, table_rows, title
from registry.services.statistics.report import Publication
from registry.services.statistics.tables import PublishedTable

#: tables drawn as a chart on their sheet: the chart's kind and whether its bars stack
CHARTS = {
    "new_cases_by_sex_age": ("column", False),
    "new_cases_by_violence_sex_age": ("bar", True),
    "compliance_referrals": ("bar", True),
    "compliance_steps": ("bar", True),
    "monthly_trend": ("line", False),
    "first_contact_by_urgency": ("bar", True),
}
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def to_xlsx(publication: Publication, language: str | None = None) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    heading = book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1, "text_wrap": True, "valign": "top"})
    number = book.add_format({"border": 1, "num_format": "0"})
    decimal = book.add_format({"border": 1, "num_format": "0.0"})
    hidden = book.add_format({"border": 1, "align": "right", "font_color": "#A00000"})
    text = book.add_format({"border": 1})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})

    cover = book.add_worksheet(_unique_name(book, i18n.text("stats.report_title", language)))
    cover.set_column(0, 0, 110)
    cover.write(0, 0, i18n.text("stats.report_title", language), bold)
    cover.write(1, 0, i18n.text("stats.period", language, first=publication.first, last=publication.last))
    cover.write(3, 0, rule(publication.threshold, language), wrap)
    cover.write(4, 0, i18n.text("stats.anonymous_notice", language), wrap)

    for published in publication.tables:
        sheet = book.add_worksheet(_unique_name(book, title(published.table.id, language)))
        sheet.write(0, 0, title(published.table.id, language), bold)
        rows = table_rows(published, language)
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row):
                if r == 2 or c == 0:
                    sheet.write(r, c, value, heading if r == 2 else text)
                elif value == SUPPRESSED:
                    sheet.write_string(r, c, value, hidden)
                elif isinstance(value, int | float):
                    sheet.write_number(r, c, value, decimal if isinstance(value, float) else number)
                else:
                    sheet.write(r, c, value, text)
        sheet.set_column(0, 0, 34)
        sheet.set_column(1, len(rows[0]), 14)
        sheet.freeze_panes(3, 1)
        after = 2 + len(rows) + 1
        if published.table.note:
            sheet.write(after, 0, i18n.text(published.table.note, language))
            after += 1
        sheet.write(after, 0, rule(publication.threshold, language))
        after += 2
        for r, row in enumerate(duration_rows(publication, published.table.id, language), start=after):
            for c, value in enumerate(row):
                if r == after or c == 0:
                    sheet.write(r, c, value, heading if r == after else text)
                elif value == SUPPRESSED:
                    sheet.write_string(r, c, value, hidden)
                else:
                    sheet.write_number(r, c, value, decimal if isinstance(value, float) else number)
        if published.table.id in CHARTS:
            _chart(book, sheet, published, language, len(rows))
    book.close()
    return buffer.getvalue()


def _chart(book: Any, sheet: Any, published: PublishedTable, language: str | None, rows: int) -> None:
    """A native chart over the sheet's own cells (suppressed counts are text and draw as gaps)."""
    kind, stacked = CHARTS[published.table.id]
    options: dict[str, Any] = {"type": kind}
    if stacked:
        options["subtype"] = "stacked"
    chart = book.add_chart(options)
    table = published.table
    series_by_row = table.id == "new_cases_by_sex_age"
    name = sheet.get_name()
    body_rows = len(table.row_codes)
    if series_by_row:  # one series per sex across the age bands
        for i in range(body_rows):
            chart.add_series(
                {
                    "name": [name, 3 + i, 0],
                    "categories": [name, 2, 1, 2, len(table.column_codes)],
                    "values": [name, 3 + i, 1, 3 + i, len(table.column_codes)],
                }
            )
    else:  # one series per column across the rows
        for j in range(len(table.column_codes)):
            chart.add_series(
                {
                    "name": [name, 2, 1 + j],
                    "categories": [name, 3, 0, 2 + body_rows, 0],
                    "values": [name, 3, 1 + j, 2 + body_rows, 1 + j],
                }
            )
    chart.set_title({"name": title(table.id, language)})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 720, "height": max(320, 18 * body_rows + 120)})
    sheet.insert_chart(rows + 8 + 6, 1, chart)


def _unique_name(book: Any, wanted: str) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\ and unlike the names already used."""
    base = _SHEET_NAME.sub("-", wanted)[:31].strip() or "Sheet"
    used = {sheet.get_name().lower() for sheet in book.worksheets()}
    name, number = base, 2
    while name.lower() in used:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    return name
