"""The case list exported exactly as the user filtered it, to XLSX or CSV: the columns of the list in the user's
language, only the cases that user may see, and an audit event saying who took what.

Rows are read a page at a time (keyset paging, or search pages when a search is typed), so a large register never
sits in memory; the XLSX is written by XlsxWriter in constant-memory mode, the CSV with a BOM and ``;`` for Excel in
a BiH locale, every cell neutralised against formulas.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry import i18n
from registry.models import User
from registry.services import audit
from registry.services.case_list import CaseQuery, CaseRow, list_page, search_page
from registry.services.dates import format_date, format_datetime
from registry.services.lookups import shipped_label
from registry.services.private_files import private_output
from registry.services.transfer import neutralise_cell

FORMATS = ("xlsx", "csv")
_COLUMNS = (
    "case_number",
    "child",
    "birth_date",
    "registered_at",
    "status",
    "risk_level",
    "urgency",
    "lead_worker",
    "overdue_steps",
)
_PAGE = 1000


def headers(language: str | None) -> list[str]:
    return [i18n.text(f"case_export.column.{name}", language) for name in _COLUMNS]


def _rows(session: Session, query: CaseQuery, text: str, actor_id: int | None) -> Iterator[CaseRow]:
    now = dt.datetime.now(dt.UTC)
    if text.strip():
        after = None
        while True:
            found = search_page(session, text, query, actor_id=actor_id, after=after, limit=_PAGE, now=now)
            yield from found.rows
            if found.after is None:
                return
            after = found.after
    after_cursor = None
    while True:
        page = list_page(session, query, actor_id=actor_id, after=after_cursor, limit=_PAGE, now=now)
        yield from page.rows
        if not page.more_after:
            return
        after_cursor = page.last


def _cells(row: CaseRow, workers: dict[int, str], language: str | None) -> list[object]:
    return [
        row.number,
        f"{row.family_name} {row.given_name}",
        format_date(row.birth_date),
        format_datetime(row.registered_at),
        shipped_label("case_status", row.status, language),
        shipped_label("risk_level", row.risk_level, language),
        shipped_label("urgency", row.urgency, language),
        workers.get(row.lead_worker_id, "") if row.lead_worker_id else "",
        row.overdue_steps,
    ]


def export_case_list(
    session: Session,
    target: Path,
    *,
    fmt: str,
    query: CaseQuery,
    text: str = "",
    actor_id: int | None,
    language: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the listed cases to ``target`` (``fmt`` "xlsx" or "csv"); how many were written."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    workers = {user_id: name for user_id, name in session.execute(select(User.id, User.full_name))}
    rows = (_cells(row, workers, language) for row in _rows(session, query, text, actor_id))
    count = (
        _write_xlsx(target, rows, language, progress) if fmt == "xlsx" else _write_csv(target, rows, language, progress)
    )
    audit.record(
        session,
        "export.cases",
        user_id=actor_id,
        details={"format": fmt, "count": count, "filtered": query.filtered, "search": bool(text.strip())},
    )
    return count


def _write_csv(
    target: Path, rows: Iterator[list[object]], language: str | None, progress: Callable[[int], None] | None
) -> int:
    count = 0
    with private_output(target, text=True, encoding="utf-8-sig") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers(language))
        for cells in rows:
            writer.writerow([neutralise_cell(str(cell)) if isinstance(cell, str) else cell for cell in cells])
            count += 1
            if progress is not None and count % _PAGE == 0:
                progress(count)
    return count


def _write_xlsx(
    target: Path, rows: Iterator[list[object]], language: str | None, progress: Callable[[int], None] | None
) -> int:
    import xlsxwriter

    count = 0
    with private_output(target) as out:
        book = xlsxwriter.Workbook(
            out,
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        sheet = book.add_worksheet(i18n.text("case_export.sheet", language)[:31])
        bold = book.add_format({"bold": True})
        for column, title in enumerate(headers(language)):
            sheet.write_string(0, column, title, bold)
            sheet.set_column(column, column, 24 if column == 1 else 16)
        for count, cells in enumerate(rows, start=1):
            for column, cell in enumerate(cells):
                if isinstance(cell, int):
                    sheet.write_number(count, column, cell)
                else:
                    sheet.write_string(count, column, str(cell))
            if progress is not None and count % _PAGE == 0:
                progress(count)
        sheet.freeze_panes(1, 0)
        book.close()
    return count


__all__ = ["FORMATS", "export_case_list", "headers"]
