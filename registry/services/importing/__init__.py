"""Bringing a centre's existing records in from its spreadsheets, all or nothing.

    book = read_files([("cases.xlsx", raw)])            # ReadFailed / ChoiceNeeded (encoding, delimiter)
    mappings, skipped = propose(book)                     # which sheet and column is which field; user may change
    plan = plan_import(session, book, mappings, ...)      # every error and every duplicate, nothing written
    choose(plan, line, "link" | "separate" | "skip")      # the user's choice for a row matching a registered child
    result = write_import(session, plan, ...)             # in the caller's transaction, with progress

``import_files`` does all of it for the command line and raises ``ImportFailed`` listing every bad row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from registry.services import access, audit
from registry.services.errors import RegistryError
from registry.services.importing.mapping import SheetMapping, propose
from registry.services.importing.planning import Planner
from registry.services.importing.plans import ACTIONS, CasePlan, ImportPlan, Match, RowError, apply_action
from registry.services.importing.reading import ChoiceNeeded, ReadFailed, Sheet, Workbook, read_workbook
from registry.services.importing.writing import Progress, Writer

__all__ = [
    "ACTIONS",
    "CasePlan",
    "ChoiceNeeded",
    "ImportFailed",
    "ImportPlan",
    "ImportResult",
    "Match",
    "ReadFailed",
    "RowError",
    "SheetMapping",
    "Workbook",
    "choose",
    "import_files",
    "plan_import",
    "propose",
    "read_files",
    "write_import",
]


class ImportFailed(RegistryError):
    """One or more rows are invalid; nothing was imported.  ``errors`` lists every one."""

    key = "import.failed"

    def __init__(self, errors: list[RowError], key: str | None = None, **params: object) -> None:
        self.errors = errors
        super().__init__(key, count=len({(e.sheet, e.line) for e in errors}), **params)

    def report(self, language: str | None) -> str:
        from registry import i18n

        sheets = {error.sheet for error in self.errors}
        lines = [self.message(language)]
        for error in self.errors:
            where = (
                i18n.text("import.where_sheet", language, sheet=error.sheet, line=error.line)
                if len(sheets) > 1
                else i18n.text("import.where", language, line=error.line)
            )
            lines.append(f"  {where}: {error.message}")
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int
    linked: int
    numbers: list[str]
    new_institutions: list[str]


def read_files(
    files: Sequence[tuple[str, bytes]], *, encoding: str | None = None, delimiter: str | None = None
) -> Workbook:
    """One workbook of every file's sheets: a workbook's own sheets, or a CSV file as a sheet named after it."""
    sheets: list[Sheet] = []
    kind = "csv"
    used_encoding = used_delimiter = None
    for name, raw in files:
        book = read_workbook(raw, encoding=encoding, delimiter=delimiter, name=name)
        sheets += book.sheets
        kind = "xlsx" if book.kind == "xlsx" else kind
        used_encoding = used_encoding or book.encoding
        used_delimiter = used_delimiter or book.delimiter
    return Workbook(kind, sheets, encoding=used_encoding, delimiter=used_delimiter)


def plan_import(
    session: Session,
    book: Workbook,
    mappings: list[SheetMapping] | None = None,
    *,
    language: str | None,
    actor_id: int | None,
    create_users: bool = False,
    now: dt.datetime | None = None,
) -> ImportPlan:
    """Check everything and find duplicates; nothing is written.

    ``create_users`` adds staff the records name but the register lacks as inactive accounts without a password
    (an administrator activates them); without it each such name is an error.
    """
    access.require_role(session, actor_id, *access.CASE_WRITERS)
    if mappings is None:
        mappings, _skipped = propose(book)
    return Planner(
        session, language=language, xlsx=book.kind == "xlsx", create_users=create_users, now=now, actor_id=actor_id
    ).plan(mappings)


def choose(plan: ImportPlan, line: int, action: str, sheet: str = "") -> None:
    """The user's choice for the row on ``line`` (of ``sheet``, when several sheets hold cases) that matches a
    registered child or case."""
    case = next(
        case
        for case in plan.cases
        if case.line == line and (not sheet or case.mapping is None or case.mapping.sheet.name == sheet)
    )
    if case.match is not None and case.match.kind == "case" and case.number and action != "skip":
        raise ValueError("a case whose number is registered can only be skipped")
    apply_action(case, action)
    if case.match is not None:
        case.match.action = action


def write_import(
    session: Session,
    plan: ImportPlan,
    *,
    actor_id: int | None,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> ImportResult:
    """Write the plan in the caller's transaction (its rollback undoes everything); refuses a plan with errors."""
    user = access.require_role(session, actor_id, *access.CASE_WRITERS)
    if plan.errors:
        raise ImportFailed(plan.errors)
    if not plan.cases:
        raise ImportFailed([], key="import.empty")
    writer = Writer(session, actor_id=actor_id, actor_role=user.role if user else None, now=now)
    numbers = writer.write(plan, progress)
    skipped = sum(1 for case in plan.cases if case.action == "skip")
    linked = sum(1 for case in plan.cases if case.action == "link")
    audit.record(
        session, "import.cases", user_id=actor_id, details={"count": len(numbers), "skipped": skipped, "linked": linked}
    )
    return ImportResult(len(numbers), skipped, linked, numbers, plan.new_institutions)


def import_files(
    session: Session,
    files: Sequence[tuple[str, bytes]],
    *,
    actor_id: int | None,
    language: str | None,
    encoding: str | None = None,
    delimiter: str | None = None,
    duplicates: str | None = None,
    create_users: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Read, check and write in one go (the command line); ``duplicates`` overrides every default choice."""
    book = read_files(files, encoding=encoding, delimiter=delimiter)
    plan = plan_import(session, book, language=language, actor_id=actor_id, create_users=create_users)
    if plan.errors:
        raise ImportFailed(plan.errors)
    if duplicates:
        for match in plan.matches:
            if match.kind != "case":  # the very same case is never written twice
                choose(plan, match.line, duplicates, match.sheet)
    return write_import(session, plan, actor_id=actor_id, progress=progress)
