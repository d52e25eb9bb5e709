"""CSV import of cases (all or nothing) and CSV/JSON export that spreadsheets cannot be tricked by."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import Case, CaseViolenceForm, Person, User
from registry.services import audit
from registry.services.cases import NewCase, register_case
from registry.services.dates import LOCAL_TZ, parse_datetime
from registry.services.errors import RegistryError, ValidationError
from registry.services.names import fold
from registry.services.people import PersonInput

IMPORT_COLUMNS = (
    "given_name", "family_name", "jmbg", "birth_date", "sex", "reported_at", "referral_source", "urgency",
    "risk_level", "violence_types",
)
MAX_IMPORT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RowError:
    line: int
    messages: tuple[str, ...]


class ImportFailed(RegistryError):
    """The file as a whole, or one or more rows, are invalid; nothing was imported."""

    key = "import.failed"

    def __init__(self, errors: list[RowError] | None = None, key: str | None = None, **params: object) -> None:
        self.errors = errors or []
        super().__init__(key, count=len(self.errors), **params)

    def report(self, language: str | None) -> str:
        from registry import i18n

        lines = [self.message(language)]
        lines += [i18n.text("import.row", language, line=e.line, message=" ".join(e.messages)) for e in self.errors]
        return "\n".join(lines)


def decode_csv(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or a clear error naming the line where the bytes stop being UTF-8."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportFailed(key="import.too_large", max_mb=MAX_IMPORT_BYTES // (1024 * 1024))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ImportFailed(key="import.encoding", line=line) from None


def _rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [column for column in IMPORT_COLUMNS if column not in header]
    if not header:
        raise ImportFailed(key="import.empty")
    if missing:
        raise ImportFailed(key="import.header", missing=", ".join(missing), expected=",".join(IMPORT_COLUMNS))
    reader.fieldnames = header
    try:
        for row in reader:
            extra = row.pop(None, None)  # type: ignore[call-overload]
            if extra:  # an unquoted "physical,neglect" must not quietly lose "neglect"
                raise ImportFailed(key="import.extra_cells", line=reader.line_num, cells=len(header) + len(extra),
                                   columns=len(header), extra=", ".join(extra)[:80])
            yield reader.line_num, {key: (value or "") for key, value in row.items()}
    except csv.Error as error:
        raise ImportFailed(key="import.malformed", line=reader.line_num, detail=str(error)) from None


def import_cases(session: Session, raw: bytes, *, actor_id: int | None, language: str | None = None) -> list[Case]:
    """Register a case per row in the caller's transaction; any bad row raises ImportFailed listing every bad row.

    A row whose JMBG is already registered (or appeared earlier in the file) becomes a new case of that child,
    provided the names agree.
    """
    text = decode_csv(raw)
    errors: list[RowError] = []
    created: list[Case] = []
    known_by_jmbg: dict[str, Person] = {}
    for line, row in _rows(text):
        if not any(value.strip() for value in row.values()):
            continue
        try:
            reported = _parse_moment(row["reported_at"])
        except ValueError:
            errors.append(RowError(line, (_bad_date("reported_at", row["reported_at"], language),)))
            continue
        jmbg = "".join(row["jmbg"].split())
        existing = known_by_jmbg.get(jmbg) or (
            session.scalar(select(Person).where(Person.jmbg == jmbg)) if jmbg else None
        )
        if existing is not None and fold(f"{existing.family_name} {existing.given_name}") != fold(
            f"{row['family_name']} {row['given_name']}"
        ):
            errors.append(RowError(line, (_jmbg_taken(existing, language),)))
            continue
        data = NewCase(
            child=PersonInput(row["given_name"], row["family_name"], jmbg, row["birth_date"] or None, row["sex"] or None),
            existing_child_id=existing.id if existing else None,
            report_received_at=reported,
            referral_source=row["referral_source"].strip(),
            urgency=row["urgency"].strip() or "regular",
            risk_level=row["risk_level"].strip() or "none",
            violence_forms=[code.strip() for code in row["violence_types"].split(";") if code.strip()],
        )
        try:  # a refused row raises before writing anything; the caller's rollback undoes the good rows
            registered = register_case(session, data, actor_id=actor_id)
        except ValidationError as error:
            errors.append(RowError(line, tuple(p.message(language) for p in error.problems)))
            continue
        mismatch = [w.message(language) for w in registered.warnings]
        if mismatch:
            errors.append(RowError(line, tuple(mismatch)))
        created.append(registered.case)
        if jmbg:
            known_by_jmbg[jmbg] = registered.case.child
    if errors:
        raise ImportFailed(errors)
    if not created:
        raise ImportFailed(key="import.empty")
    audit.record(session, "import.cases", user_id=actor_id, details={"count": len(created)})
    return created


def _parse_moment(value: str) -> dt.datetime:
    if not value.strip():
        raise ValueError(value)
    return parse_datetime(value)


def _bad_date(field: str, value: str, language: str | None) -> str:
    from registry.services.errors import Problem

    key = "value.required" if not value.strip() else "value.bad_date"
    return Problem(field, key, {"value": value.strip()[:40]}).message(language)


def _jmbg_taken(person: Person, language: str | None) -> str:
    from registry import i18n

    return i18n.text("import.jmbg_other_person", language, given=person.given_name, family=person.family_name)


# ---------------------------------------------------------------------------------------------- export

EXPORT_COLUMNS = (
    "case_number", "status", "given_name", "family_name", "jmbg", "birth_date", "sex", "reported_at",
    "registered_at", "referral_source", "urgency", "risk_level", "violence_types", "lead_worker", "closed_at",
    "closure_reason",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """Spreadsheets run a cell starting with = + - @ as a formula; a leading apostrophe makes it plain text."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def export_rows(session: Session) -> Iterator[dict[str, str]]:
    """Every case as plain strings (ISO dates), streamed in case-number order."""
    forms: dict[int, list[str]] = {}
    for case_id, code in session.execute(select(CaseViolenceForm.case_id, CaseViolenceForm.code)):
        forms.setdefault(case_id, []).append(code)
    query = (
        select(
            Case.id, Case.number, Case.status, Person.given_name, Person.family_name, Person.jmbg, Person.birth_date,
            Person.sex, Case.report_received_at, Case.registered_at, Case.referral_source, Case.urgency,
            Case.risk_level, User.username, Case.closed_at, Case.closure_reason,
        )
        .join(Person, Person.id == Case.child_id)
        .outerjoin(User, User.id == Case.lead_worker_id)
        .order_by(Case.number)
        .execution_options(yield_per=5000)
    )
    for row in session.execute(query):
        yield {
            "case_number": row[1], "status": row[2], "given_name": row[3], "family_name": row[4],
            "jmbg": row[5] or "", "birth_date": row[6].isoformat() if row[6] else "", "sex": row[7] or "",
            "reported_at": _iso(row[8]), "registered_at": _iso(row[9]), "referral_source": row[10],
            "urgency": row[11], "risk_level": row[12], "violence_types": ";".join(sorted(forms.get(row[0], []))),
            "lead_worker": row[13] or "", "closed_at": _iso(row[14]), "closure_reason": row[15] or "",
        }


def _iso(value: dt.datetime | None) -> str:
    return value.astimezone(LOCAL_TZ).isoformat(timespec="minutes") if value else ""


def export_cases(session: Session, out: TextIO, *, fmt: str, actor_id: int | None) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in export_rows(session):
            writer.writerow({key: neutralise_cell(value) for key, value in row.items()})
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in export_rows(session):
            out.write(("," if count else "") + "\n  " + json.dumps(row, ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    else:
        raise ValueError(fmt)
    audit.record(session, "export.cases", user_id=actor_id, details={"format": fmt, "count": count})
    return count

