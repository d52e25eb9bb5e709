"""What the case editor shows, read in one job: plain values (no ORM objects leave the worker thread).

``load_case_view`` checks access (``open_case`` records the opening in the audit trail the first time; a refresh
after the editor's own change only checks access again).  No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import CaseConference, CaseNote, Consent, Incident, Institution, Measure
from registry.services import access
from registry.services.cases import TRANSITIONS, closure_pending, get_case, open_case
from registry.services.people import PERSON_FIELDS
from registry.services.protocols import case_checklist
from registry.services.referrals import ReferralRow, case_referrals


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    number: int
    title: str
    lead_sectors: tuple[str, ...]
    due_at: dt.datetime | None
    done_at: dt.datetime | None
    not_applicable: bool
    reason: str
    done_by_id: int | None
    mandatory: bool
    version: int

    @property
    def open(self) -> bool:
        return self.done_at is None and not self.not_applicable

    def overdue(self, now: dt.datetime) -> bool:
        return self.open and self.due_at is not None and self.due_at < now


@dataclass
class CaseView:
    id: int
    number: str
    version: int
    status: str
    restricted: bool
    child: dict[str, object]
    case: dict[str, object]
    plan_approved_at: dt.datetime | None
    plan_approved_by_id: int | None
    closure_reason: str | None
    closure_note: str
    closed_at: dt.datetime | None
    closure_pending: bool
    next_statuses: tuple[str, ...]
    household: list[tuple[str, str, bool, bool]] = field(default_factory=list)
    incidents: list[tuple[dt.datetime | None, str, str, list[str]]] = field(default_factory=list)
    referrals: list[ReferralRow] = field(default_factory=list)
    checklist: list[ChecklistRow] = field(default_factory=list)
    measures: list[tuple[str, dt.date | None, dt.date | None, str, str]] = field(default_factory=list)
    notes: list[tuple[dt.datetime, str, str, int | None]] = field(default_factory=list)
    conferences: list[tuple[dt.datetime, str, str, str]] = field(default_factory=list)
    consents: list[tuple[int, str, list[str], str, dt.datetime, dt.datetime | None]] = field(default_factory=list)
    #: active institutions to refer to: id, name, sector, name in Cyrillic
    institutions: list[tuple[int, str, str, str]] = field(default_factory=list)
    #: every institution's Latin name -> its Cyrillic name (referral rows carry the Latin name only)
    institution_cyrillic: dict[str, str] = field(default_factory=dict)


def step_title(title: dict[str, object], language: str) -> str:
    """A protocol step's title in ``language`` (Bosnian, then any, when that language is missing)."""
    for key in (language, language.split("-")[0], "bs", "en"):
        text = title.get(key)
        if isinstance(text, str) and text:
            return text
    return next((str(text) for text in title.values() if text), "")


def load_case_view(session: Session, case_id: int, *, actor_id: int, language: str, audit: bool = True) -> CaseView:
    if audit:
        case = open_case(session, case_id, actor_id=actor_id)
    else:
        access.require_case(session, actor_id, case_id)
        case = get_case(session, case_id)
    child = case.child
    view = CaseView(
        id=case.id, number=case.number, version=case.version, status=case.status, restricted=case.restricted,
        child={name: getattr(child, name) for name in PERSON_FIELDS},
        case={
            "referral_source": case.referral_source, "urgency": case.urgency, "risk_level": case.risk_level,
            "violence_forms": sorted(form.code for form in case.violence_forms),
            "reporter_anonymous": case.reporter_anonymous, "reporter_name": case.reporter_name,
            "reporter_contact": case.reporter_contact, "reporter_relation": case.reporter_relation,
            "reporter_institution_id": case.reporter_institution_id, "report_summary": case.report_summary,
            "lead_worker_id": case.lead_worker_id, "supervisor_id": case.supervisor_id,
            "assessment": case.assessment, "plan": case.plan,
            "co_worker_ids": sorted(worker.user_id for worker in case.co_workers),
            "report_received_at": case.report_received_at,
        },
        plan_approved_at=case.plan_approved_at, plan_approved_by_id=case.plan_approved_by_id,
        closure_reason=case.closure_reason, closure_note=case.closure_note, closed_at=case.closed_at,
        closure_pending=closure_pending(case),
        next_statuses=tuple(sorted(TRANSITIONS.get(case.status, ()))),
    )
    view.household = [
        (f"{member.person.given_name} {member.person.family_name}", member.role, member.alleged_perpetrator,
         member.legal_representative)
        for member in case.household
    ]
    view.incidents = [
        (row.occurred_at, row.place, row.description, list(row.violence_forms or []))
        for row in session.scalars(select(Incident).where(Incident.case_id == case_id).order_by(Incident.id))
    ]
    view.referrals = case_referrals(session, case_id)
    view.checklist = [
        ChecklistRow(item.id, item.step.number, step_title(item.step.title or {}, language),
                     tuple(item.step.lead_sectors or ()), item.due_at, item.done_at, item.not_applicable,
                     item.not_applicable_reason, item.done_by_id, item.step.mandatory, item.version)
        for item in case_checklist(session, case_id)
    ]
    view.measures = [
        (row.code, row.started_on, row.ended_on, row.placement_location, row.decision_number)
        for row in session.scalars(select(Measure).where(Measure.case_id == case_id).order_by(Measure.id))
    ]
    view.notes = [
        (row.occurred_at, row.kind, row.text, row.author_id)
        for row in session.scalars(select(CaseNote).where(CaseNote.case_id == case_id)
                                   .order_by(CaseNote.occurred_at.desc(), CaseNote.id.desc()).limit(200))
    ]
    view.conferences = [
        (row.held_at, row.place, row.participants, row.minutes)
        for row in session.scalars(select(CaseConference).where(CaseConference.case_id == case_id)
                                   .order_by(CaseConference.held_at))
    ]
    view.consents = [
        (row.id, row.given_by_name, list(row.sectors or []), row.purpose, row.given_at, row.withdrawn_at)
        for row in session.scalars(select(Consent).where(Consent.case_id == case_id).order_by(Consent.id))
    ]
    view.institutions = [
        (row.id, row.name, row.sector, row.name_cyrl or "") for row in session.execute(
            select(Institution.id, Institution.name, Institution.sector, Institution.name_cyrl)
            .where(Institution.active.is_(True)).order_by(Institution.name))
    ]
    view.institution_cyrillic = {
        name: name_cyrl for name, name_cyrl in session.execute(select(Institution.name, Institution.name_cyrl))
        if name_cyrl
    }
    return view


__all__ = ["CaseView", "ChecklistRow", "load_case_view", "step_title"]
