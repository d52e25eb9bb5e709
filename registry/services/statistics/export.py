"""A published report as JSON, CSV and XLSX (the PDF is in ``registry.printing.statistics``).

Only a :class:`~registry.services.statistics.report.Publication` can be exported: small counts are already
suppressed and nothing in it names a child, a case or a worker.  Every file carries the suppression rule.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from registry import i18n
from registry.services import lookups
from registry.services.statistics.report import Publication
from registry.services.statistics.settings import UNKNOWN
from registry.services.statistics.tables import PublishedTable

#: what a suppressed count shows in CSV, XLSX and PDF (the mark the Croatian and Serbian statistical offices use)
SUPPRESSED = "x"
LOOKUP_KINDS = {
    "sex",
    "violence_form",
    "referral_source",
    "urgency",
    "risk_level",
    "closure_reason",
    "measure",
    "sector",
}


def label(kind: str, code: str, language: str | None) -> str:
    """What a reader sees for a row or column code."""
    if code == UNKNOWN:
        return i18n.text("stats.code.unknown", language)
    if kind in LOOKUP_KINDS:
        return lookups.shipped_label(kind, code, language)
    if kind == "band":
        return i18n.text("stats.band", language, band=code.replace("-", "–"))
    if kind == "month":
        year, month = code.split("-")
        return f"{month}.{year}."
    if kind == "violence_sex":  # printed under its form's own line: the sex says enough
        return "   " + label("sex", code.split("/")[1], language)
    return i18n.text(f"stats.code.{code}", language)


def rule(threshold: int, language: str | None) -> str:
    return i18n.text("stats.rule", language, below=threshold - 1, threshold=threshold, mark=SUPPRESSED)


def title(table_id: str, language: str | None) -> str:
    return i18n.text(f"stats.table.{table_id}", language)


def to_json(publication: Publication, language: str | None = None) -> dict[str, Any]:
    """The object ``registry stats --format json`` prints; a suppressed count is ``null``."""
    tables = []
    for published in publication.tables:
        table = published.table
        entry: dict[str, Any] = {
            "id": table.id,
            "title": title(table.id, language),
            "row_codes": list(table.row_codes),
            "column_codes": list(table.column_codes),
            "cells": published.cells,
            "row_totals": _row_totals(published),
            "column_totals": published.column_totals,
            "total": published.total,
        }
        if table.group_codes:
            entry["group_codes"] = list(table.group_codes)
            entry["group_totals"] = published.group_totals
        if table.note:
            entry["note"] = i18n.text(table.note, language)
        tables.append(entry)
    return {
        "period": {"from": publication.first, "to": publication.last},
        "suppression": {"threshold": publication.threshold, "rule": rule(publication.threshold, language)},
        "tables": tables,
        "compliance": publication.compliance,
        "durations": publication.durations,
    }


def _row_totals(published: PublishedTable) -> list[int | None]:
    """A one-column table's row totals are its cells (suppressed alike); otherwise the published totals."""
    if not published.table.layout.row_totals and len(published.table.column_codes) == 1:
        return [row[0] for row in published.cells]
    return published.row_totals


def _shown(value: int | float | None) -> int | float | str:
    return SUPPRESSED if value is None else value


def table_rows(published: PublishedTable, language: str | None) -> list[list[Any]]:
    """A table as it is laid out on paper and in a sheet: a heading row, the rows, the totals row."""
    table = published.table
    layout = table.layout
    with_row_totals = layout.row_totals
    header = ["", *(label(table.column_kind, c, language) for c in table.column_codes)]
    if with_row_totals:
        header.append(i18n.text("stats.total", language))
    rows: list[list[Any]] = [header]
    totals = published.row_totals
    groups = layout.row_groups
    group_totals = published.group_totals
    for i, code in enumerate(table.row_codes):
        if groups and (i == 0 or groups[i] != groups[i - 1]):  # a group's own line, with its total
            group = groups[i]
            name = label("violence_form", table.group_codes[group], language)
            rows.append([name, *([""] * len(table.column_codes)), _shown(group_totals[group])])
        row = [label(table.row_kind, code, language), *(_shown(v) for v in published.cells[i])]
        if with_row_totals:
            row.append(_shown(totals[i]))
        rows.append(row)
    if layout.column_totals:
        last = [i18n.text("stats.total", language), *(_shown(v) for v in published.column_totals)]
        if with_row_totals:
            last.append(_shown(published.total) if layout.grand_total else "")
        rows.append(last)
    elif layout.grand_total:
        rows.append([i18n.text("stats.total", language), *([""] * (len(header) - 2)), _shown(published.total)])
    return rows


def duration_kind(table_id: str) -> str:
    """How the rows of a table's durations are labelled."""
    if table_id == "first_contact_by_urgency":
        return "urgency"
    return "sector" if table_id.startswith(("compliance", "incoming")) else "stats"


def duration_rows(publication: Publication, table_id: str, language: str | None) -> list[list[Any]]:
    """Count, median and 90th percentile per row of a table that has them (hidden when based on few items)."""
    kind = duration_kind(table_id)
    items = publication.durations.get(table_id, [])
    if not items:
        return []
    header = [
        "",
        i18n.text("stats.count", language),
        i18n.text("stats.median", language),
        i18n.text("stats.p90", language),
    ]
    return [
        header,
        *(
            [label(kind, d["code"], language), _shown(d["count"]), _shown(d["median_days"]), _shown(d["p90_days"])]
            for d in items
        ),
    ]


def to_csv(publication: Publication, language: str | None = None) -> str:
    """Every table one after another, separated by a blank line; ``;`` and a BOM, as Excel in BiH expects.

    Every cell is a number, a code's label or a title: nothing starts with ``= + - @`` (no formula injection).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([i18n.text("stats.report_title", language)])
    writer.writerow([i18n.text("stats.period", language, first=publication.first, last=publication.last)])
    writer.writerow([rule(publication.threshold, language)])
    for published in publication.tables:
        writer.writerow([])
        writer.writerow([title(published.table.id, language)])
        for row in table_rows(published, language):
            writer.writerow(row)
        if published.table.note:
            writer.writerow([i18n.text(published.table.note, language)])
        extra = duration_rows(publication, published.table.id, language)
        if extra:
            writer.writerow([])
            for row in extra:
                writer.writerow(row)
    return "\ufeff" + out.getvalue()
