"""Everything a printout shows about one case, read in a fixed handful of queries (no ReportLab, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from registry.models import (
    Case,
    ChecklistItem,
    Institution,
    Person,
    ProtocolTemplate,
    Referral,
    User,
)
from registry.services.cases import get_case
from registry.services.protocols import case_checklist


@dataclass
class CaseFile:
    case: Case
    referrals: list[Referral]
    checklist: list[ChecklistItem]
    template: ProtocolTemplate | None
    users: dict[int, User]
    institutions: dict[int, Institution]
    people: dict[int, Person]

    def user(self, user_id: int | None) -> str:
        user = self.users.get(user_id) if user_id is not None else None
        return user.full_name if user else ""

    def institution(self, institution_id: int | None) -> Institution | None:
        return self.institutions.get(institution_id) if institution_id is not None else None


def load_case_file(session: Session, case_id: int) -> CaseFile:
    case = get_case(
        session, case_id, selectinload(Case.incidents), selectinload(Case.measures), selectinload(Case.notes),
        selectinload(Case.conferences), selectinload(Case.consents), selectinload(Case.status_changes),
    )
    referrals = list(
        session.scalars(
            select(Referral)
            .where(Referral.case_id == case_id)
            .options(selectinload(Referral.institution))
            .order_by(Referral.sent_at.is_(None), Referral.sent_at, Referral.id)
        )
    )
    checklist = case_checklist(session, case_id)
    template = session.get(ProtocolTemplate, case.protocol_template_id) if case.protocol_template_id else None

    user_ids = {
        case.lead_worker_id, case.supervisor_id, case.plan_approved_by_id, case.closure_approved_by_id,
        case.created_by_id,
        *(worker.user_id for worker in case.co_workers),
        *(note.author_id for note in case.notes),
        *(item.done_by_id for item in checklist),
        *(change.changed_by_id for change in case.status_changes),
        *(referral.created_by_id for referral in referrals),
        *(measure.recorded_by_id for measure in case.measures),
        *(conference.recorded_by_id for conference in case.conferences),
    } - {None}
    users = {user.id: user for user in session.scalars(select(User).where(User.id.in_(user_ids)))} if user_ids else {}

    institution_ids = {case.reporter_institution_id, *(m.decided_by_institution_id for m in case.measures)} - {None}
    institutions = {r.institution.id: r.institution for r in referrals if r.institution is not None}
    missing = institution_ids - set(institutions)
    if missing:
        institutions.update(
            (row.id, row) for row in session.scalars(select(Institution).where(Institution.id.in_(missing)))
        )

    household_ids = {member.person_id for member in case.household} | {case.child_id}
    people = {member.person_id: member.person for member in case.household}
    people[case.child_id] = case.child
    others = {i.alleged_perpetrator_id for i in case.incidents} - {None} - household_ids
    if others:
        people.update((row.id, row) for row in session.scalars(select(Person).where(Person.id.in_(others))))
    return CaseFile(case, referrals, checklist, template, users, institutions, people)


def step_state(item: ChecklistItem, now: dt.datetime) -> str:
    """done | not_applicable | overdue | open | waiting (no due date yet: its trigger has not happened)."""
    if item.not_applicable:
        return "not_applicable"
    if item.done_at is not None:
        return "done"
    if item.due_at is None:
        return "waiting"
    return "overdue" if item.due_at < now else "open"


def referral_overdue(referral: Referral, now: dt.datetime) -> bool:
    return (
        referral.status == "sent"
        and referral.direction == "outgoing"
        and referral.response_due_at is not None
        and referral.response_due_at < now
    )
