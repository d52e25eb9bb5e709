"""Registering a case, changing it, and moving it through its status workflow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from registry.models import (
    CASE_STATUSES,
    RISK_LEVELS,
    URGENCIES,
    Case,
    CaseStatusChange,
    CaseViolenceForm,
    CaseWorker,
    Centre,
    HouseholdMember,
    Person,
    User,
)
from registry.services import access, audit, lookups, visibility
from registry.services.case_numbers import format_case_number, next_sequence
from registry.services.changes import UNSET, Check, Maybe, apply_changes, checked, flush_or_stale, given, record_update
from registry.services.dates import LOCAL_TZ
from registry.services.errors import NotFound, Problem, Problems, StaleRecord, TransitionRefused, ValidationError
from registry.services.lookups import LookupRef
from registry.services.people import (
    PersonChanges,
    PersonInput,
    clean_person,
    clean_person_changes,
    create_person,
    update_person,
)
from registry.services.protocols import (
    instantiate_checklist,
    open_mandatory_steps,
    refresh_due_dates,
    template_in_force,
)
from registry.services.validation import LINE_MAX, TEXT_MAX, check_code, check_past_moment, clean_text

#: which status may follow which; "closed" is reached through close_case and left through reopen_case
TRANSITIONS: dict[str, frozenset[str]] = {
    "registered": frozenset({"assessment"}),
    "assessment": frozenset({"planning"}),
    "planning": frozenset({"assessment", "implementation"}),
    "implementation": frozenset({"review"}),
    "review": frozenset({"implementation", "planning"}),
    "closed": frozenset(),
}


@dataclass
class HouseholdInput:
    person: PersonInput
    role: str
    alleged_perpetrator: bool = False
    lives_in_household: bool = True
    legal_representative: bool = False
    existing_person_id: int | None = None


@dataclass
class NewCase:
    """Everything the intake form (or an import row) gives for a new case."""

    child: PersonInput
    report_received_at: dt.datetime | None
    referral_source: str
    urgency: str = "regular"
    risk_level: str = "none"
    violence_forms: list[str] = field(default_factory=list)
    existing_child_id: int | None = None
    reporter_anonymous: bool = False
    reporter_name: str = ""
    reporter_contact: str = ""
    reporter_relation: str = ""
    reporter_institution_id: int | None = None
    report_summary: str = ""
    lead_worker_id: int | None = None
    supervisor_id: int | None = None
    household: list[HouseholdInput] = field(default_factory=list)


@dataclass(frozen=True)
class Registered:
    case: Case
    warnings: list[Problem]


def centre_of(session: Session) -> Centre:
    centre = session.scalar(select(Centre).limit(1))
    if centre is None:
        raise NotFound(what="centre", value="(registry init --profile ...)")
    return centre


def _case_checks(session: Session) -> dict[str, Check]:
    """One check per field of the case a form may set, against the lookups and users of this database."""

    def code(kind: str, allowed: Callable[[], Collection[str]]) -> Check:
        return lambda value, problems: check_code(value, allowed(), kind, problems)

    def text(label: str, max_length: int = LINE_MAX, *, multiline: bool = False) -> Check:
        return lambda value, problems: clean_text(value, label, problems, max_length=max_length, multiline=multiline)

    def user(value: int | None, problems: Problems) -> int | None:
        return _check_user(session, value, "lead_worker", problems)

    def forms(value: list[str], problems: Problems) -> list[str]:
        allowed = set(lookups.codes(session, "violence_form"))
        return list(
            dict.fromkeys(
                code for code in (check_code(item, allowed, "violence_types", problems) for item in value) if code
            )
        )

    def co_workers(value: list[int], problems: Problems) -> list[int]:
        return [uid for uid in (user(item, problems) for item in dict.fromkeys(value)) if uid is not None]

    return {
        "referral_source": code("referral_source", lambda: lookups.codes(session, "referral_source")),
        "urgency": code("urgency", lambda: URGENCIES),
        "risk_level": code("risk_level", lambda: RISK_LEVELS),
        "violence_forms": forms,
        "reporter_anonymous": lambda value, _problems: bool(value),
        "reporter_name": text("reporter_name"),
        "reporter_contact": text("reporter_contact"),
        "reporter_relation": text("reporter_name"),
        "reporter_institution_id": lambda value, _problems: value,
        "report_summary": text("report_summary", TEXT_MAX, multiline=True),
        "lead_worker_id": user,
        "supervisor_id": user,
        "assessment": text("text", TEXT_MAX, multiline=True),
        "plan": text("text", TEXT_MAX, multiline=True),
        "co_worker_ids": co_workers,
    }


#: the case's own fields that the intake form (or an import row) gives
_INTAKE_FIELDS = (
    "referral_source",
    "urgency",
    "risk_level",
    "violence_forms",
    "reporter_anonymous",
    "reporter_name",
    "reporter_contact",
    "reporter_relation",
    "reporter_institution_id",
    "report_summary",
    "lead_worker_id",
    "supervisor_id",
)


def _check_case_fields(session: Session, data: NewCase, problems: Problems) -> dict[str, Any]:
    """The intake form's fields of a new case, checked; an anonymous reporter keeps no name or contact."""
    values: dict[str, object] = {name: getattr(data, name) for name in _INTAKE_FIELDS}
    if data.reporter_anonymous:
        values.update(reporter_name="", reporter_contact="")
    return checked(values, _case_checks(session), problems)


def _check_user(session: Session, user_id: int | None, field_name: str, problems: Problems) -> int | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    if user is None or not user.active:
        problems.add(field_name, "value.unknown_record", value=user_id)
        return None
    return user_id


def register_case(
    session: Session,
    data: NewCase,
    *,
    actor_id: int | None,
    now: dt.datetime | None = None,
    template_code: str = "default",
) -> Registered:
    """Validate everything first, then write the child, the case, its household and its checklist in one go.

    Raises ValidationError listing every problem; on any error nothing has been written (the caller's transaction
    is rolled back).
    """
    moment = now or dt.datetime.now(dt.UTC)
    user = access.require_role(session, actor_id, *access.CASE_WRITERS)
    if user is not None and user.role == "worker" and data.lead_worker_id is None:
        data.lead_worker_id = user.id  # a worker registering a case leads it unless someone else is named
    problems = Problems()
    child = None
    if data.existing_child_id is not None:
        child = session.get(Person, data.existing_child_id)
        if child is None:
            problems.add("given_name", "value.unknown_record", value=data.existing_child_id)
        else:  # a new case shares the child: it must not reach into a restricted case this user may not open
            access.check_person(session, actor_id, child.id)
        cleaned_child = None
    else:
        cleaned_child = clean_person(data.child, problems)
    reported = check_past_moment(data.report_received_at, "reported_at", problems, required=True, now=moment)
    values = _check_case_fields(session, data, problems)
    household = []
    for index, member in enumerate(data.household):
        if member.existing_person_id is not None:
            access.check_person(session, actor_id, member.existing_person_id)
        role = check_code(member.role, lookups.codes(session, "household_role"), "role_in_household", problems)
        cleaned = (
            None if member.existing_person_id else clean_person(member.person, problems, prefix=f"household.{index}.")
        )
        household.append((member, role, cleaned))
    problems.raise_if_any()

    centre = centre_of(session)
    year = moment.astimezone(LOCAL_TZ).year
    sequence = next_sequence(session, centre.case_prefix, year)
    if child is None:
        assert cleaned_child is not None
        child = create_person(session, cleaned_child.values)
    forms = values.pop("violence_forms")
    case = Case(
        number=format_case_number(centre.case_number_format, centre.case_prefix, year, sequence),
        year=year,
        sequence=sequence,
        child=child,
        status="registered",
        report_received_at=reported,
        registered_at=moment,
        created_by_id=actor_id,
        **values,
    )
    case.violence_forms = [CaseViolenceForm(code=code) for code in forms]
    case.status_changes = [CaseStatusChange(from_status=None, to_status="registered", changed_by_id=actor_id)]
    session.add(case)
    session.flush()
    for member, role, cleaned in household:
        person_id = create_person(session, cleaned.values).id if cleaned else member.existing_person_id
        session.add(
            HouseholdMember(
                case_id=case.id,
                person_id=person_id,
                role=role,
                alleged_perpetrator=member.alleged_perpetrator,
                lives_in_household=member.lives_in_household,
                legal_representative=member.legal_representative,
            )
        )
    template = template_in_force(session, template_code, moment.astimezone(LOCAL_TZ).date())
    if template is not None:
        instantiate_checklist(session, case, template)
    session.flush()
    visibility.refresh(session, [case.id])
    audit.record(
        session,
        "case.create",
        user_id=actor_id,
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        details={"number": case.number},
    )
    return Registered(case, cleaned_child.warnings if cleaned_child else [])


def get_case(session: Session, case_id: int, *more: ORMOption) -> Case:
    """The case with child, forms of violence, household and co-workers loaded; ``more`` loads further parts."""
    case = session.scalar(
        select(Case)
        .where(Case.id == case_id)
        .options(
            selectinload(Case.child),
            selectinload(Case.violence_forms),
            selectinload(Case.household).selectinload(HouseholdMember.person),
            selectinload(Case.co_workers),
            *more,
        )
    )
    if case is None:
        raise NotFound(what="case", value=case_id)
    return case


def open_case(session: Session, case_id: int, *, actor_id: int | None) -> Case:
    """The case for reading by a user: access is checked and the opening is recorded in the audit trail."""
    access.require_case(session, actor_id, case_id)
    case = get_case(session, case_id)
    if actor_id is not None:
        audit.record(session, "case.view", user_id=actor_id, entity="case", entity_id=case_id, case_id=case_id)
    return case


def set_restricted(session: Session, case_id: int, restricted: bool, *, actor_id: int | None) -> Case:
    """Only a supervisor marks a case restricted (or lifts it)."""
    access.require_role(session, actor_id, "supervisor")
    case = access.require_case(session, actor_id, case_id, write=True)
    case.restricted = restricted
    session.flush()
    audit.record(
        session,
        "case.restrict" if restricted else "case.unrestrict",
        user_id=actor_id,
        entity="case",
        entity_id=case_id,
        case_id=case_id,
    )
    return case


def case_id_by_number(session: Session, number: str) -> int:
    """The id of the case with this number; NotFound (a clear message) if there is none."""
    case_id = session.scalar(select(Case.id).where(Case.number == number.strip()))
    if case_id is None:
        raise NotFound(what="case", value=number)
    return case_id


def case_by_number(session: Session, number: str) -> Case:
    return get_case(session, case_id_by_number(session, number))


def _guard_version(case: Case, expected_version: int | None) -> None:
    if expected_version is not None and case.version != expected_version:
        raise StaleRecord(what=case.number)


@dataclass
class CaseChanges:
    """What the case editor changed (a partial update): UNSET keeps the stored value, so a field the form does
    not show is never blanked. ``child`` carries the changes to the child's own record."""

    child: PersonChanges = field(default_factory=PersonChanges)
    referral_source: Maybe[str] = UNSET
    urgency: Maybe[str] = UNSET
    risk_level: Maybe[str] = UNSET
    violence_forms: Maybe[list[str]] = UNSET
    reporter_anonymous: Maybe[bool] = UNSET
    reporter_name: Maybe[str] = UNSET
    reporter_contact: Maybe[str] = UNSET
    reporter_relation: Maybe[str] = UNSET
    reporter_institution_id: Maybe[int | None] = UNSET
    report_summary: Maybe[str] = UNSET
    lead_worker_id: Maybe[int | None] = UNSET
    supervisor_id: Maybe[int | None] = UNSET
    assessment: Maybe[str] = UNSET
    plan: Maybe[str] = UNSET
    co_worker_ids: Maybe[list[int]] = UNSET


#: the case's own fields that the case editor may change (the child's are ``people.PERSON_FIELDS``)
CASE_FIELDS: tuple[str, ...] = tuple(item.name for item in fields(CaseChanges) if item.name != "child")


def update_case(
    session: Session, case_id: int, changes: CaseChanges, *, expected_version: int, actor_id: int | None
) -> list[Problem]:
    """Save what the editor changed if nobody else saved in between; returns JMBG warnings, raises on problems.

    Only the fields given are checked and written, and only where they differ from what is stored; the audit
    event names each changed field with its value before and after. Without a change nothing is written at all.
    """
    access.require_case(session, actor_id, case_id, write=True)
    case = get_case(session, case_id)
    _guard_version(case, expected_version)
    problems = Problems()
    child = clean_person_changes(case.child, changes.child, problems)
    values = checked(given(changes), _case_checks(session), problems)
    problems.raise_if_any()

    if values.get("reporter_anonymous", case.reporter_anonymous) and (
        values.keys() & {"reporter_anonymous", "reporter_name", "reporter_contact"}
    ):
        values.update(reporter_name="", reporter_contact="")  # an anonymous reporter keeps no name or contact
    diff = update_person(session, case.child, child.values)
    forms = values.pop("violence_forms", UNSET)
    co_workers = values.pop("co_worker_ids", UNSET)
    diff.update(apply_changes(case, values))
    before_forms = sorted(form.code for form in case.violence_forms)
    if isinstance(forms, list) and sorted(forms) != before_forms:
        case.violence_forms = [CaseViolenceForm(code=code) for code in sorted(forms)]
        diff["violence_forms"] = [before_forms, sorted(forms)]
    before_workers = sorted(worker.user_id for worker in case.co_workers)
    if isinstance(co_workers, list) and sorted(co_workers) != before_workers:
        case.co_workers = [CaseWorker(user_id=uid) for uid in co_workers]
        diff["co_worker_ids"] = [before_workers, sorted(co_workers)]
    if not diff:
        return child.warnings
    case.updated_at = dt.datetime.now(dt.UTC)  # the case's version moves with any change made in its editor
    flush_or_stale(session, case.number)
    if diff.keys() & visibility.ASSIGNMENT_FIELDS:
        visibility.refresh(session, [case.id])
    if "urgency" in diff:
        refresh_due_dates(session, case)
    record_update(session, "case.update", diff, entity="case", record_id=case.id, case_id=case.id, actor_id=actor_id)
    return child.warnings


def _status(code: str) -> LookupRef:
    return LookupRef("case_status", code)


def _change_status(session: Session, case: Case, to_status: str, actor_id: int | None, reason: str = "") -> None:
    session.add(
        CaseStatusChange(
            case_id=case.id, from_status=case.status, to_status=to_status, changed_by_id=actor_id, reason=reason
        )
    )
    audit.record(
        session,
        "case.status",
        user_id=actor_id,
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        details={"from": case.status, "to": to_status, "reason": reason},
    )
    case.status = to_status


def change_status(
    session: Session,
    case_id: int,
    to_status: str,
    *,
    actor_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> Case:
    """Move a case one step along the workflow; closing and reopening have their own functions."""
    access.require_case(session, actor_id, case_id, write=True)
    case = get_case(session, case_id)
    _guard_version(case, expected_version)
    if to_status not in CASE_STATUSES or to_status not in TRANSITIONS[case.status]:
        raise TransitionRefused(from_status=_status(case.status), to_status=_status(to_status))
    if to_status == "implementation" and case.plan_approved_at is None:
        raise TransitionRefused("case.plan_not_approved")
    moment = now or dt.datetime.now(dt.UTC)
    if case.status == "assessment" and to_status == "planning" and case.assessment_done_at is None:
        case.assessment_done_at = moment
    _change_status(session, case, to_status, actor_id)
    flush_or_stale(session, case.number)
    return case


def approve_plan(session: Session, case_id: int, *, actor_id: int, now: dt.datetime | None = None) -> Case:
    """A supervisor approves the protection plan; review steps start counting from now."""
    access.require_role(session, actor_id, "supervisor")
    access.require_case(session, actor_id, case_id, write=True)
    case = get_case(session, case_id)
    if case.status not in ("planning", "review") or not case.plan.strip():
        raise TransitionRefused("case.plan_not_ready")
    case.plan_approved_at = now or dt.datetime.now(dt.UTC)
    case.plan_approved_by_id = actor_id
    flush_or_stale(session, case.number)
    refresh_due_dates(session, case)
    audit.record(session, "case.plan_approved", user_id=actor_id, entity="case", entity_id=case.id, case_id=case.id)
    return case


def _closure_fields(
    session: Session, case: Case, reason_code: str | None, note: str, open_steps_reason: str
) -> tuple[str | None, str, str]:
    """A valid closure reason, and mandatory protocol steps settled or a reason given for leaving them open."""
    problems = Problems()
    reason = None
    if (reason_code or "").strip():
        reason = check_code(reason_code, lookups.codes(session, "closure_reason"), "closure_reason", problems)
    else:
        problems.add("closure_reason", "case.closure_reason_required")
    note = clean_text(note, "text", problems, max_length=TEXT_MAX, multiline=True)
    override = clean_text(open_steps_reason, "reason", problems, max_length=TEXT_MAX, multiline=True)
    problems.raise_if_any()
    still_open = open_mandatory_steps(session, case.id)
    if still_open and not override:
        steps = ", ".join(f"{item.step.number}" for item in still_open)
        raise ValidationError([Problem("reason", "case.open_mandatory_steps", {"steps": steps})])
    return reason, note, override


def request_closure(
    session: Session,
    case_id: int,
    *,
    reason_code: str | None,
    actor_id: int | None,
    note: str = "",
    open_steps_reason: str = "",
    expected_version: int | None = None,
) -> Case:
    """The worker proposes closing the case; it waits on the supervisor dashboard until approved with close_case."""
    access.require_case(session, actor_id, case_id, write=True)
    case = get_case(session, case_id)
    _guard_version(case, expected_version)
    if case.status == "closed":
        raise TransitionRefused(from_status=_status("closed"), to_status=_status("closed"))
    case.closure_reason, case.closure_note, case.open_steps_override_reason = _closure_fields(
        session, case, reason_code, note, open_steps_reason
    )
    flush_or_stale(session, case.number)
    audit.record(
        session,
        "case.closure_requested",
        user_id=actor_id,
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        details={"reason": case.closure_reason},
    )
    return case


def closure_pending(case: Case) -> bool:
    return case.status != "closed" and case.closure_reason is not None


def close_case(
    session: Session,
    case_id: int,
    *,
    actor_id: int | None,
    reason_code: str | None = None,
    note: str = "",
    open_steps_reason: str = "",
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> Case:
    """A supervisor closes the case, approving the requested closure or giving the reason directly.

    Open mandatory protocol steps block closing unless a reason for leaving them open is given.
    """
    approver = access.require_role(session, actor_id, "supervisor")
    access.require_case(session, actor_id, case_id, write=True)
    case = get_case(session, case_id)
    _guard_version(case, expected_version)
    if case.status == "closed":
        raise TransitionRefused(from_status=_status("closed"), to_status=_status("closed"))
    reason, note, override = _closure_fields(
        session,
        case,
        reason_code or case.closure_reason,
        note or case.closure_note,
        open_steps_reason or case.open_steps_override_reason,
    )
    case.closure_reason, case.closure_note, case.open_steps_override_reason = reason, note, override
    case.closure_approved_by_id = approver.id if approver else None
    case.closed_at = now or dt.datetime.now(dt.UTC)
    _change_status(session, case, "closed", actor_id, override)
    flush_or_stale(session, case.number)
    return case


def reopen_case(session: Session, case_id: int, *, reason: str, actor_id: int | None) -> Case:
    access.require_case(session, actor_id, case_id, write=True)
    case = get_case(session, case_id)
    if case.status != "closed":
        raise TransitionRefused(from_status=_status(case.status), to_status=_status("assessment"))
    problems = Problems()
    reason = clean_text(reason, "reason", problems, max_length=TEXT_MAX, multiline=True)
    if not reason:
        problems.add("reason", "case.reopen_reason_required")
    problems.raise_if_any()
    case.closed_at, case.closure_reason = None, None
    case.reopened_count += 1
    _change_status(session, case, "assessment", actor_id, reason)
    flush_or_stale(session, case.number)
    return case
