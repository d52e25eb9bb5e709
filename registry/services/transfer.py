"""The case list as CSV or JSON for spreadsheets and scripts, in a form spreadsheets cannot be tricked by.

The import lives in ``registry.services.importing``; the full export (a handover of the register) in
``registry.services.full_export``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import Case, CaseViolenceForm, Person, User
from registry.services import access, audit
from registry.services.dates import LOCAL_TZ

EXPORT_COLUMNS = (
    "case_number",
    "status",
    "given_name",
    "family_name",
    "jmbg",
    "birth_date",
    "sex",
    "reported_at",
    "registered_at",
    "referral_source",
    "urgency",
    "risk_level",
    "violence_types",
    "lead_worker",
    "closed_at",
    "closure_reason",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: a piece of a cell after a character some spreadsheet may split on (Excel in a BiH locale splits on ";")
_INNER_FORMULA = re.compile(r"([,;\t\r\n|]\s*)([=+\-@])")


def neutralise_cell(value: str) -> str:
    """Spreadsheets run a cell starting with = + - @ as a formula; a leading apostrophe makes it plain text.

    The same holds for every piece after a delimiter inside the cell: a file written with "," and opened where
    ";" is the separator is split there, and ``x;=cmd|' /C calc'!A0`` would otherwise give a formula cell.
    """
    value = _INNER_FORMULA.sub(r"\1'\2", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def export_rows(session: Session, *, actor_id: int | None) -> Iterator[dict[str, str]]:
    """Every case the actor sees in lists (``access.visible_cases``) as plain strings (ISO dates), streamed in
    case-number order."""
    visible = access.visible_cases(session, actor_id)
    forms: dict[int, list[str]] = {}
    for case_id, code in session.execute(select(CaseViolenceForm.case_id, CaseViolenceForm.code)):
        forms.setdefault(case_id, []).append(code)
    query = (
        select(
            Case.id,
            Case.number,
            Case.status,
            Person.given_name,
            Person.family_name,
            Person.jmbg,
            Person.birth_date,
            Person.sex,
            Case.report_received_at,
            Case.registered_at,
            Case.referral_source,
            Case.urgency,
            Case.risk_level,
            User.username,
            Case.closed_at,
            Case.closure_reason,
        )
        .join(Person, Person.id == Case.child_id)
        .outerjoin(User, User.id == Case.lead_worker_id)
        .where(visible)
        .order_by(Case.number)
        .execution_options(yield_per=5000)
    )
    for row in session.execute(query):
        yield {
            "case_number": row[1],
            "status": row[2],
            "given_name": row[3],
            "family_name": row[4],
            "jmbg": row[5] or "",
            "birth_date": row[6].isoformat() if row[6] else "",
            "sex": row[7] or "",
            "reported_at": _iso(row[8]),
            "registered_at": _iso(row[9]),
            "referral_source": row[10],
            "urgency": row[11],
            "risk_level": row[12],
            "violence_types": ";".join(sorted(forms.get(row[0], []))),
            "lead_worker": row[13] or "",
            "closed_at": _iso(row[14]),
            "closure_reason": row[15] or "",
        }


def _iso(value: dt.datetime | None) -> str:
    return value.astimezone(LOCAL_TZ).isoformat(timespec="minutes") if value else ""


def export_cases(
    session: Session, out: IO[str], *, fmt: str, actor_id: int | None, delimiter: str = ",", bom: bool = False
) -> int:
    """The case list; ``bom`` (a UTF-8 byte order mark) and ``delimiter=";"`` make Excel in a BiH locale open a
    CSV file with the letters and columns right."""
    count = 0
    if fmt == "csv":
        if bom:
            out.write("\ufeff")
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n", delimiter=delimiter)
        writer.writeheader()
        for row in export_rows(session, actor_id=actor_id):
            writer.writerow({key: neutralise_cell(value) for key, value in row.items()})
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in export_rows(session, actor_id=actor_id):
            out.write(("," if count else "") + "\n  " + json.dumps(row, ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    else:
        raise ValueError(fmt)
    audit.record(session, "export.cases", user_id=actor_id, details={"format": fmt, "count": count})
    return count
