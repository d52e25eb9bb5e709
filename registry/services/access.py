"""Who may see and change which case, enforced here so that hiding a button is never the only guard.

- worker: the cases they lead or work on as a co-worker (and cases they registered themselves);
- supervisor: every case of the centre; approves plans and closures;
- administrator: users, templates, profile and backups; no case content;
- auditor: reads cases and the audit trail, changes nothing.

A restricted case is seen only by its assigned workers and its supervisor.  Anyone else whose role would see it
must give a reason to open it ("break the glass"): the reason is an audit event, and it opens the case for that
user for a few hours.  ``actor_id=None`` is the system itself (command line run by IT staff, migrations).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Integer, bindparam, exists, false, or_, select, true
from sqlalchemy.orm import Session

from registry.models import AuditEvent, Case, CaseViewer, CaseWorker, HouseholdMember, User, utcnow
from registry.services import audit
from registry.services.errors import NotFound, Problems, RegistryError
from registry.services.validation import TEXT_MAX, clean_text

BREAK_GLASS_HOURS = 8
CASE_READERS = frozenset({"worker", "supervisor", "auditor"})
CASE_WRITERS = frozenset({"worker", "supervisor"})


class AccessDenied(RegistryError):
    key = "access.denied"


class RestrictedPerson(RegistryError):
    """The person belongs to a restricted case this user may not open: say only whom to ask."""

    key = "access.restricted_person"


class BreakGlassRequired(RegistryError):
    """The case is restricted; the user may open it only by giving a reason that is recorded."""

    key = "access.break_glass"


def actor(session: Session, actor_id: int | None) -> User | None:
    if actor_id is None:
        return None
    user = session.get(User, actor_id)
    if user is None or not user.active:
        raise AccessDenied()
    return user


def _assigned(session: Session, user: User, case: Case) -> bool:
    if user.id in (case.lead_worker_id, case.supervisor_id):
        return True
    if case.lead_worker_id is None and case.created_by_id == user.id:
        return True
    return session.scalar(select(exists().where(CaseWorker.case_id == case.id, CaseWorker.user_id == user.id))) is True


def _recent_break_glass(session: Session, user: User, case: Case, now: dt.datetime) -> bool:
    since = now - dt.timedelta(hours=BREAK_GLASS_HOURS)
    return (
        session.scalar(
            select(
                exists().where(
                    AuditEvent.case_id == case.id,
                    AuditEvent.user_id == user.id,
                    AuditEvent.action == "case.break_glass",
                    AuditEvent.at >= since,
                )
            )
        )
        is True
    )


def check_case(
    session: Session, actor_id: int | None, case: Case, *, write: bool = False, now: dt.datetime | None = None
) -> None:
    """Raise AccessDenied or BreakGlassRequired unless the actor may read (or with ``write``, change) the case."""
    user = actor(session, actor_id)
    if user is None:
        return
    allowed_roles = CASE_WRITERS if write else CASE_READERS
    if user.role not in allowed_roles:
        raise AccessDenied()
    assigned = _assigned(session, user, case)
    if user.role == "worker" and not assigned:
        raise AccessDenied()
    if case.restricted and not assigned and not _recent_break_glass(session, user, case, now or utcnow()):
        raise BreakGlassRequired(case=case.number)


def require_case(session: Session, actor_id: int | None, case_id: int, *, write: bool = False) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(what="case", value=case_id)
    check_case(session, actor_id, case, write=write)
    return case


def break_glass(session: Session, actor_id: int, case_id: int, reason: str) -> None:
    """Record why a user opens a restricted case they are not assigned to; required before check_case passes."""
    user = actor(session, actor_id)
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(what="case", value=case_id)
    if user is None or user.role not in CASE_READERS or (user.role == "worker" and not _assigned(session, user, case)):
        raise AccessDenied()
    problems = Problems()
    text = clean_text(reason, "reason", problems, max_length=TEXT_MAX, multiline=True, required=True)
    if text and len(text) < 10:
        problems.add("reason", "access.reason_too_short", min=10)
    problems.raise_if_any()
    audit.record(
        session,
        "case.break_glass",
        user_id=user.id,
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        details={"reason": text},
    )


def require_role(session: Session, actor_id: int | None, *roles: str) -> User | None:
    user = actor(session, actor_id)
    if user is not None and user.role not in roles:
        raise AccessDenied()
    return user


def visibility(session: Session, actor_id: int | None) -> str:
    """Which cases the actor sees in lists: ``all``, ``assigned``, ``unrestricted_or_assigned`` or ``none``."""
    user = actor(session, actor_id)
    if user is None:
        return "all"
    if user.role not in CASE_READERS:
        return "none"
    return "assigned" if user.role == "worker" else "unrestricted_or_assigned"


def visibility_clause(kind: str, viewer_id: int | None = None) -> ColumnElement[bool]:
    """The WHERE clause for a visibility kind; the user is the bound parameter ``viewer_id``.

    Without a value, a statement that includes it can be built once and executed with ``{"viewer_id": ...}``.
    """
    if kind == "all":
        return true()
    if kind == "none":
        return false()
    viewer = bindparam("viewer_id", value=viewer_id, type_=Integer)
    # lead, supervisor, co-worker, or creator of a case with no lead: kept as rows (services.visibility), so that
    # a worker's lists and counts read an index range instead of every case
    assigned = Case.id.in_(select(CaseViewer.case_id).where(CaseViewer.user_id == viewer))
    return assigned if kind == "assigned" else or_(Case.restricted.is_(False), assigned)


def visible_cases(session: Session, actor_id: int | None) -> ColumnElement[bool]:
    """A WHERE clause limiting case lists and searches to what the actor may see without breaking the glass."""
    return visibility_clause(visibility(session, actor_id), actor_id)


def may_open(session: Session, actor_id: int | None, case: Case, *, now: dt.datetime | None = None) -> bool:
    """Whether ``check_case`` (reading) would pass, without raising."""
    try:
        check_case(session, actor_id, case, now=now)
    except (AccessDenied, BreakGlassRequired):
        return False
    return True


def closed_cases_of_person(session: Session, actor_id: int | None, person_id: int) -> list[Case]:
    """The restricted cases holding this person (as the child or in the household) that the actor may not open.

    A person is shared by every case that names them: seeing or changing them through an open case must not
    reach into a restricted case the actor has no right to.
    """
    if actor(session, actor_id) is None:
        return []
    in_household = select(HouseholdMember.case_id).where(HouseholdMember.person_id == person_id)
    cases = session.scalars(
        select(Case).where(Case.restricted.is_(True), or_(Case.child_id == person_id, Case.id.in_(in_household)))
    )
    return [case for case in cases if not may_open(session, actor_id, case)]


def whom_to_ask(session: Session, cases: list[Case]) -> str:
    """The supervisors (else the lead workers) of these cases, by name: the people who may tell more."""
    ids = list(dict.fromkeys(case.supervisor_id or case.lead_worker_id for case in cases))
    names = [name for (name,) in session.execute(select(User.full_name).where(User.id.in_([i for i in ids if i])))]
    return ", ".join(sorted(names))


def check_person(session: Session, actor_id: int | None, person_id: int) -> None:
    """Raise RestrictedPerson when the person belongs to a restricted case the actor may not open."""
    closed = closed_cases_of_person(session, actor_id, person_id)
    if closed:
        raise RestrictedPerson(ask=whom_to_ask(session, closed) or "—")


def closed_people(session: Session, actor_id: int | None, person_ids: list[int]) -> dict[int, str]:
    """Of these people, those in a restricted case the actor may not open, each with whom to ask about them.

    The batch form of ``closed_cases_of_person`` for a bulk import, whose every matched row must not reveal or
    reach into a restricted case (a name, a birth date, a case number, or a link to the child).
    """
    if actor(session, actor_id) is None or not person_ids:
        return {}
    wanted = sorted(set(person_ids))
    holding: dict[int, list[Case]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        as_child = select(Case, Case.child_id).where(Case.restricted.is_(True), Case.child_id.in_(chunk))
        in_household = (
            select(Case, HouseholdMember.person_id)
            .join(HouseholdMember, HouseholdMember.case_id == Case.id)
            .where(Case.restricted.is_(True), HouseholdMember.person_id.in_(chunk))
        )
        for statement in (as_child, in_household):
            for case, person_id in session.execute(statement):
                holding.setdefault(person_id, []).append(case)
    opens: dict[int, bool] = {}
    closed: dict[int, str] = {}
    for person_id, cases in holding.items():
        shut = [case for case in cases if not opens.setdefault(case.id, may_open(session, actor_id, case))]
        if shut:
            closed[person_id] = whom_to_ask(session, shut) or "—"
    return closed
