"""The whole register as one workbook: the way to hand a centre's records over, and to take them out whole.

Every field of every case, of its child and household, referrals, protocol checklist, notes, measures,
incidents, conference minutes, consents and status history, with case numbers and statuses as they are.  The
sheets and headers are those ``registry import`` reads (``importing.columns``), so the file imports back into an
empty register identically (people are tied together by ``P<n>`` references, users by user name, institutions by
name).  Text is written as text cells, so no value is ever run as a formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import (
    Case,
    CaseConference,
    CaseNote,
    CaseStatusChange,
    CaseViolenceForm,
    CaseWorker,
    Centre,
    ChecklistItem,
    Consent,
    HouseholdMember,
    Incident,
    Institution,
    Measure,
    Person,
    ProtocolStep,
    ProtocolTemplate,
    Referral,
    User,
)
from registry.services import access, audit
from registry.services.dates import LOCAL_TZ
from registry.services.importing.columns import (
    CASES,
    CHECKLIST,
    CONFERENCES,
    CONSENTS,
    HOUSEHOLD,
    INCIDENTS,
    MEASURES,
    NOTES,
    REFERRALS,
    STATUS_HISTORY,
    USERS,
    SheetSpec,
)

FORMAT = "centre-case-registry full export"
FORMAT_VERSION = 1
_PSEUDO = {"full_name", "full_name_reversed"}
_PERSON = (
    "given_name",
    "family_name",
    "jmbg",
    "birth_date",
    "birth_date_approximate",
    "sex",
    "citizenship",
    "address",
    "municipality",
    "phone",
    "has_disability",
    "disability_note",
    "school",
    "school_grade",
)
#: case sheet key -> Case attribute, where they differ
_CASE_ATTRIBUTE = {
    "reported_at": "report_received_at",
    "lead_worker": "lead_worker_id",
    "supervisor": "supervisor_id",
    "plan_approved_by": "plan_approved_by_id",
    "closure_approved_by": "closure_approved_by_id",
    "reporter_institution": "reporter_institution_id",
    "created_by": "created_by_id",
}
Progress = Callable[[int, int], None]


def headers(spec: SheetSpec) -> list[str]:
    return [column.key for column in spec.columns if column.key not in _PSEUDO]


def text_of(value: object) -> str:
    """A value as the export writes it: ISO dates (moments in local time with their offset), yes/no, codes."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.astimezone(LOCAL_TZ).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(str(item) for item in value)
    return str(value)


class _Names:
    """Users by user name, institutions by name, people by reference, templates by code:version."""

    def __init__(self, session: Session) -> None:
        self.users = {user_id: name for user_id, name in session.execute(select(User.id, User.username))}
        self.institutions = {
            row.id: (row.name, row.sector)
            for row in session.execute(select(Institution.id, Institution.name, Institution.sector))
        }
        self.templates = {
            row.id: f"{row.code}:{row.version}"
            for row in session.execute(select(ProtocolTemplate.id, ProtocolTemplate.code, ProtocolTemplate.version))
        }
        self.people: dict[int, str] = {}
        self.steps = {step_id: code for step_id, code in session.execute(select(ProtocolStep.id, ProtocolStep.code))}

    def ref(self, person_id: int | None) -> str:
        """P1, P2, ... in order of first appearance: two exports of the same records are the same file."""
        if not person_id:
            return ""
        return self.people.setdefault(person_id, f"P{len(self.people) + 1}")

    def user(self, user_id: int | None) -> str:
        return self.users.get(user_id, "") if user_id else ""

    def institution(self, institution_id: int | None) -> str:
        return self.institutions[institution_id][0] if institution_id else ""


def _person(person: Person) -> dict[str, object]:
    return {key: getattr(person, key) for key in _PERSON}


def _grouped(session: Session, statement: Any) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for case_id, value in session.execute(statement):
        out.setdefault(case_id, []).append(value)
    return out


def export_register(
    session: Session, out: IO[bytes], *, actor_id: int | None, progress: Progress | None = None
) -> dict[str, int]:
    """Write the workbook to ``out``; returns the rows written per sheet.  The export is audited.

    It hands every record of every case over (restricted ones too), like a backup: an administrator's task.
    """
    import xlsxwriter

    access.require_role(session, actor_id, "administrator")

    names = _Names(session)
    book = xlsxwriter.Workbook(
        out,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "in_memory": False,
        },
    )
    bold = book.add_format({"bold": True})
    counts: dict[str, int] = {}
    total = session.query(Case).count()
    sheets: list[tuple[SheetSpec, Iterable[dict[str, object]]]] = [
        (USERS, _users(session)),
        (CASES, _cases(session, names, total, progress)),
        (HOUSEHOLD, _household(session, names)),
        (REFERRALS, _referrals(session, names)),
        (CHECKLIST, _checklist(session, names)),
        (NOTES, _simple(session, CaseNote, names, {"author": "author_id"})),
        (MEASURES, _simple(session, Measure, names, {"decided_by": "decided_by_institution_id"})),
        (
            INCIDENTS,
            _simple(
                session,
                Incident,
                names,
                {"violence_types": "violence_forms", "alleged_perpetrator_ref": "alleged_perpetrator_id"},
            ),
        ),
        (CONFERENCES, _simple(session, CaseConference, names, {})),
        (CONSENTS, _simple(session, Consent, names, {"given_by_ref": "given_by_person_id"})),
        (STATUS_HISTORY, _simple(session, CaseStatusChange, names, {}, order=CaseStatusChange.id)),
    ]
    about = book.add_worksheet("about")
    for spec, rows in sheets:
        sheet = book.add_worksheet(spec.key)
        columns = headers(spec)
        for index, name in enumerate(columns):
            sheet.write_string(0, index, name, bold)
        count = 0
        for count, row in enumerate(rows, start=1):
            for index, key in enumerate(columns):
                value = text_of(row.get(key))
                if value:
                    sheet.write_string(count, index, value)
        counts[spec.key] = count
    centre = session.scalar(select(Centre.name).limit(1)) or ""
    for index, (key, value) in enumerate(
        [
            ("format", FORMAT),
            ("version", str(FORMAT_VERSION)),
            ("centre", centre),
            ("exported_at", text_of(dt.datetime.now(dt.UTC))),
            *((f"rows.{k}", str(v)) for k, v in counts.items()),
        ]
    ):
        about.write_string(index, 0, key)
        about.write_string(index, 1, value)
    book.close()
    audit.record(session, "export.register", user_id=actor_id, details={"rows": counts})
    return counts


def _users(session: Session) -> Iterator[dict[str, object]]:
    """Staff the records name, so a register handed over can add them (inactive) before its cases come in."""
    for user in session.scalars(select(User).order_by(User.username)):
        yield {
            "username": user.username,
            "full_name": user.full_name,
            "role": user.role,
            "title": user.title,
            "active": user.active,
        }


def _cases(session: Session, names: _Names, total: int, progress: Progress | None) -> Iterator[dict[str, object]]:
    forms = _grouped(session, select(CaseViolenceForm.case_id, CaseViolenceForm.code).order_by(CaseViolenceForm.code))
    workers = _grouped(session, select(CaseWorker.case_id, CaseWorker.user_id).order_by(CaseWorker.user_id))
    query = (
        select(Case, Person)
        .join(Person, Person.id == Case.child_id)
        .order_by(Case.number)
        .execution_options(yield_per=2000)
    )
    done = 0
    for case, child in session.execute(query):
        row: dict[str, object] = {
            key: getattr(case, _CASE_ATTRIBUTE.get(key, key), None) for key in headers(CASES) if key not in _PERSON
        }
        row.update(_person(child))
        row.update(
            case_number=case.number,
            child_notes=child.notes,
            child_ref=names.ref(child.id),
            violence_types=forms.get(case.id, []),
            co_workers=[names.user(uid) for uid in workers.get(case.id, [])],
            protocol=names.templates.get(case.protocol_template_id, ""),
            reporter_institution=names.institution(case.reporter_institution_id),
        )
        for key in ("lead_worker", "supervisor", "plan_approved_by", "closure_approved_by", "created_by"):
            row[key] = names.user(getattr(case, _CASE_ATTRIBUTE[key]))
        yield row
        done += 1
        if progress is not None and done % 1000 == 0:
            progress(done, total)
        session.expunge(case)
    if progress is not None:
        progress(done, total)


def _household(session: Session, names: _Names) -> Iterator[dict[str, object]]:
    query = (
        select(Case.number, HouseholdMember, Person)
        .join(Case, Case.id == HouseholdMember.case_id)
        .join(Person, Person.id == HouseholdMember.person_id)
        .order_by(Case.number, HouseholdMember.id)
        .execution_options(yield_per=2000)
    )
    for number, member, person in session.execute(query):
        yield {
            "case_number": number,
            "role": member.role,
            **_person(person),
            "person_notes": person.notes,
            "person_ref": names.ref(person.id),
            "alleged_perpetrator": member.alleged_perpetrator,
            "lives_in_household": member.lives_in_household,
            "legal_representative": member.legal_representative,
            "notes": member.notes,
        }
        session.expunge(member)


def _referrals(session: Session, names: _Names) -> Iterator[dict[str, object]]:
    query = (
        select(Case.number, Referral)
        .join(Case, Case.id == Referral.case_id)
        .order_by(Case.number, Referral.id)
        .execution_options(yield_per=2000)
    )
    for number, referral in session.execute(query):
        row = {key: getattr(referral, key, None) for key in headers(REFERRALS)}
        sector = names.institutions.get(referral.institution_id, ("", ""))[1] if referral.institution_id else ""
        row.update(
            case_number=number,
            institution=names.institution(referral.institution_id),
            institution_sector=sector,
            created_by=names.user(referral.created_by_id),
        )
        yield row
        session.expunge(referral)


def _checklist(session: Session, names: _Names) -> Iterator[dict[str, object]]:
    query = (
        select(Case.number, ChecklistItem)
        .join(Case, Case.id == ChecklistItem.case_id)
        .order_by(Case.number, ChecklistItem.id)
        .execution_options(yield_per=5000)
    )
    for number, item in session.execute(query):
        yield {
            "case_number": number,
            "step": names.steps.get(item.step_id, ""),
            "occurrence": item.occurrence,
            "due_at": item.due_at,
            "done_at": item.done_at,
            "done_by": names.user(item.done_by_id),
            "not_applicable": item.not_applicable,
            "not_applicable_reason": item.not_applicable_reason,
            "note": item.note,
        }
        session.expunge(item)


def _simple(
    session: Session, model: type, names: _Names, renamed: dict[str, str], order: Any = None
) -> Iterator[dict[str, object]]:
    """Rows of a table hanging off a case; ``*_by`` and ``author`` columns become user names."""
    specs: dict[type, SheetSpec] = {
        CaseNote: NOTES,
        Measure: MEASURES,
        Incident: INCIDENTS,
        CaseConference: CONFERENCES,
        Consent: CONSENTS,
        CaseStatusChange: STATUS_HISTORY,
    }
    spec_keys = specs[model]
    query: Any = (
        select(Case.number, model)
        .join(Case, Case.id == model.case_id)  # type: ignore[attr-defined]
        .order_by(Case.number, order if order is not None else model.id)  # type: ignore[attr-defined]
        .execution_options(yield_per=2000)
    )
    for number, record in session.execute(query):
        row: dict[str, object] = {"case_number": number}
        for key in headers(spec_keys)[1:]:
            attribute = renamed.get(key, key)
            if key == "decided_by":
                row[key] = names.institution(getattr(record, attribute))
            elif key.endswith("_by") or key == "author":
                row[key] = names.user(getattr(record, f"{attribute}_id" if attribute == key else attribute))
            elif key.endswith("_ref"):
                row[key] = names.ref(getattr(record, attribute))
            else:
                row[key] = getattr(record, attribute)
        yield row
        session.expunge(record)
