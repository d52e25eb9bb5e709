"""One case as the people who read it see it: the case editor and every printout read the same typed view.

The views are plain frozen data (no ORM object leaves the session that loaded it, so the editor can take them
from its worker thread to the GUI thread); their attributes are named after the model columns they copy.
``load_case_file`` reads a case and all it holds in a fixed handful of queries; ``open_case_file`` is the same
for a user, with the access check and the "case opened" entry of the audit trail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from registry.models import Case, Institution, ProtocolTemplate, Referral, User
from registry.services import access, audit
from registry.services.cases import TRANSITIONS, closure_pending, get_case
from registry.services.errors import NotFound
from registry.services.protocols import case_checklist

V = TypeVar("V")


def _copy(view: type[V], record: object, **given: object) -> V:
    """A view of ``record``: each field of the view copied from the attribute of the same name."""
    values = {item.name: getattr(record, item.name) for item in fields(view) if item.name not in given}  # type: ignore[arg-type]
    return view(**values, **given)


@dataclass(frozen=True)
class PersonView:
    id: int
    given_name: str
    family_name: str
    jmbg: str | None
    birth_date: dt.date | None
    birth_date_approximate: bool
    sex: str | None
    citizenship: str
    address: str
    municipality: str
    phone: str
    has_disability: bool
    disability_note: str
    school: str
    school_grade: str
    notes: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class HouseholdMemberView:
    id: int
    person_id: int
    role: str
    alleged_perpetrator: bool
    lives_in_household: bool
    legal_representative: bool
    notes: str
    person: PersonView


@dataclass(frozen=True)
class IncidentView:
    id: int
    occurred_at: dt.datetime | None
    occurred_at_approximate: bool
    place: str
    description: str
    violence_forms: list[str]
    alleged_perpetrator_id: int | None
    injuries: bool
    police_informed: bool
    recorded_by_id: int | None


@dataclass(frozen=True)
class MeasureView:
    id: int
    code: str
    started_on: dt.date | None
    ended_on: dt.date | None
    decided_by_institution_id: int | None
    decision_number: str
    placement_location: str
    notes: str
    recorded_by_id: int | None


@dataclass(frozen=True)
class NoteView:
    id: int
    kind: str
    occurred_at: dt.datetime
    text: str
    author_id: int | None


@dataclass(frozen=True)
class ConferenceView:
    id: int
    held_at: dt.datetime
    place: str
    participants: str
    minutes: str
    decisions: str
    recorded_by_id: int | None


@dataclass(frozen=True)
class ConsentView:
    id: int
    given_by_person_id: int | None
    given_by_name: str
    sectors: list[str]
    purpose: str
    given_at: dt.datetime
    withdrawn_at: dt.datetime | None


@dataclass(frozen=True)
class StatusChangeView:
    from_status: str | None
    to_status: str
    changed_at: dt.datetime
    changed_by_id: int | None
    reason: str


@dataclass(frozen=True)
class InstitutionView:
    id: int
    name: str
    name_cyrl: str
    sector: str
    municipality: str
    address: str
    phone: str
    email: str
    contact_person: str
    active: bool


@dataclass(frozen=True)
class ReferralView:
    id: int
    case_id: int
    direction: str
    institution_id: int | None
    channel: str
    sent_at: dt.datetime | None
    registry_number: str
    reason: str
    requested_action: str
    urgency: str
    contact_person: str
    response_due_at: dt.datetime | None
    response_received_at: dt.datetime | None
    response_summary: str
    status: str
    consent_override_reason: str
    created_by_id: int | None
    version: int
    institution: InstitutionView | None

    def overdue(self, now: dt.datetime) -> bool:
        """An outgoing referral whose response is past its deadline."""
        return (
            self.status == "sent"
            and self.direction == "outgoing"
            and self.response_due_at is not None
            and self.response_due_at < now
        )


@dataclass(frozen=True)
class StepView:
    id: int
    number: int
    code: str
    title: dict[str, Any]
    lead_sectors: list[str]
    notified_sectors: list[str]
    mandatory: bool
    repeat_every_days: int | None
    legal_basis: dict[str, Any]


@dataclass(frozen=True)
class ChecklistItemView:
    id: int
    step: StepView
    occurrence: int
    due_at: dt.datetime | None
    done_at: dt.datetime | None
    done_by_id: int | None
    not_applicable: bool
    not_applicable_reason: str
    note: str
    version: int

    @property
    def open(self) -> bool:
        return self.done_at is None and not self.not_applicable

    def overdue(self, now: dt.datetime) -> bool:
        return self.open and self.due_at is not None and self.due_at < now

    def state(self, now: dt.datetime) -> str:
        """done | not_applicable | overdue | open | waiting (no due date yet: its trigger has not happened)."""
        if self.not_applicable:
            return "not_applicable"
        if self.done_at is not None:
            return "done"
        if self.due_at is None:
            return "waiting"
        return "overdue" if self.due_at < now else "open"


@dataclass(frozen=True)
class TemplateView:
    id: int
    code: str
    version: int
    name: dict[str, Any]


@dataclass(frozen=True)
class CaseView:
    """The case's own fields, the child and the records that accumulate on the case file."""

    id: int
    number: str
    status: str
    urgency: str
    risk_level: str
    restricted: bool
    referral_source: str
    reporter_anonymous: bool
    reporter_name: str
    reporter_contact: str
    reporter_relation: str
    reporter_institution_id: int | None
    report_summary: str
    lead_worker_id: int | None
    supervisor_id: int | None
    protocol_template_id: int | None
    assessment: str
    plan: str
    plan_submitted_at: dt.datetime | None
    plan_approved_by_id: int | None
    report_received_at: dt.datetime
    registered_at: dt.datetime
    first_contact_at: dt.datetime | None
    assessment_done_at: dt.datetime | None
    plan_approved_at: dt.datetime | None
    closed_at: dt.datetime | None
    closure_reason: str | None
    closure_note: str
    closure_approved_by_id: int | None
    open_steps_override_reason: str
    created_by_id: int | None
    version: int
    child: PersonView
    violence_forms: list[str]
    co_worker_ids: list[int]
    household: list[HouseholdMemberView]
    incidents: list[IncidentView]
    measures: list[MeasureView]
    notes: list[NoteView]
    conferences: list[ConferenceView]
    consents: list[ConsentView]
    status_changes: list[StatusChangeView]
    #: a closure was requested and waits for the supervisor
    closure_pending: bool = False

    @property
    def next_statuses(self) -> tuple[str, ...]:
        """Where the workflow may go from here (closing and reopening have their own actions)."""
        return tuple(sorted(TRANSITIONS.get(self.status, ())))


@dataclass(frozen=True)
class CaseFile:
    """A case with its referrals, checklist and template, and the names of the people and institutions it cites."""

    case: CaseView
    referrals: list[ReferralView]
    checklist: list[ChecklistItemView]
    template: TemplateView | None
    #: full names of the staff the file cites, by user id
    users: dict[int, str] = field(default_factory=dict)
    institutions: dict[int, InstitutionView] = field(default_factory=dict)
    #: the child, the household and anyone else an incident names, by person id
    people: dict[int, PersonView] = field(default_factory=dict)

    def user(self, user_id: int | None) -> str:
        return self.users.get(user_id, "") if user_id is not None else ""

    def institution(self, institution_id: int | None) -> InstitutionView | None:
        return self.institutions.get(institution_id) if institution_id is not None else None


def institution_view(institution: Institution) -> InstitutionView:
    return _copy(InstitutionView, institution)


def referral_view(referral: Referral) -> ReferralView:
    institution = institution_view(referral.institution) if referral.institution is not None else None
    return _copy(ReferralView, referral, institution=institution)


def case_view(case: Case) -> CaseView:
    """The view of a case loaded with everything it holds (see ``load_case_file``)."""
    return _copy(
        CaseView,
        case,
        child=_copy(PersonView, case.child),
        violence_forms=sorted(form.code for form in case.violence_forms),
        co_worker_ids=sorted(worker.user_id for worker in case.co_workers),
        household=[
            _copy(HouseholdMemberView, member, person=_copy(PersonView, member.person)) for member in case.household
        ],
        incidents=[_copy(IncidentView, row, violence_forms=list(row.violence_forms or [])) for row in case.incidents],
        measures=[_copy(MeasureView, row) for row in case.measures],
        notes=[_copy(NoteView, row) for row in case.notes],
        conferences=[_copy(ConferenceView, row) for row in case.conferences],
        consents=[_copy(ConsentView, row, sectors=list(row.sectors or [])) for row in case.consents],
        status_changes=[_copy(StatusChangeView, row) for row in case.status_changes],
        closure_pending=closure_pending(case),
    )


def load_case_file(session: Session, case_id: int) -> CaseFile:
    """The case and everything it holds, read in a fixed handful of queries."""
    case = get_case(
        session,
        case_id,
        selectinload(Case.incidents),
        selectinload(Case.measures),
        selectinload(Case.notes),
        selectinload(Case.conferences),
        selectinload(Case.consents),
        selectinload(Case.status_changes),
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
        case.lead_worker_id,
        case.supervisor_id,
        case.plan_approved_by_id,
        case.closure_approved_by_id,
        case.created_by_id,
        *(worker.user_id for worker in case.co_workers),
        *(note.author_id for note in case.notes),
        *(item.done_by_id for item in checklist),
        *(change.changed_by_id for change in case.status_changes),
        *(referral.created_by_id for referral in referrals),
        *(measure.recorded_by_id for measure in case.measures),
        *(conference.recorded_by_id for conference in case.conferences),
    } - {None}
    users = (
        {row.id: row.full_name for row in session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids)))}
        if user_ids
        else {}
    )

    institutions = {r.institution.id: institution_view(r.institution) for r in referrals if r.institution is not None}
    missing = {case.reporter_institution_id, *(m.decided_by_institution_id for m in case.measures)} - {None}
    missing -= set(institutions)
    if missing:
        institutions.update(
            (row.id, institution_view(row))
            for row in session.scalars(select(Institution).where(Institution.id.in_(missing)))
        )

    view = case_view(case)
    people = {member.person_id: member.person for member in view.household}
    people[view.child.id] = view.child
    # only the case's own people are named: an id that points elsewhere (written before it was checked) would
    # otherwise print another case's child
    return CaseFile(
        case=view,
        referrals=[referral_view(row) for row in referrals],
        checklist=[_copy(ChecklistItemView, item, step=_copy(StepView, item.step)) for item in checklist],
        template=_copy(TemplateView, template) if template is not None else None,
        users=users,
        institutions=institutions,
        people=people,
    )


def open_case_file(session: Session, case_id: int, *, actor_id: int | None, audit_opening: bool = True) -> CaseFile:
    """The case file for a user: access is checked, and the opening is recorded in the audit trail (a refresh after
    the user's own change passes ``audit_opening=False``)."""
    access.require_case(session, actor_id, case_id)
    file = load_case_file(session, case_id)
    if audit_opening and actor_id is not None:
        audit.record(session, "case.view", user_id=actor_id, entity="case", entity_id=case_id, case_id=case_id)
    return file


def load_referral(session: Session, referral_id: int) -> ReferralView:
    referral = session.scalar(
        select(Referral).where(Referral.id == referral_id).options(selectinload(Referral.institution))
    )
    if referral is None:
        raise NotFound(what="referral", value=referral_id)
    return referral_view(referral)


#: the keys a template's translated dict may use for each interface language (profiles write ``sr_latn``/``sr_cyrl``)
_TITLE_KEYS = {
    "bs": ("bs",),
    "hr": ("hr",),
    "sr-Latn": ("sr_latn", "sr-Latn", "sr"),
    "sr-Cyrl": ("sr_cyrl", "sr-Cyrl"),
    "en": ("en",),
}


def step_title(title: Mapping[str, object], language: str) -> str:
    """A protocol step's title in ``language`` and its script: Serbian in the other script transliterated when only
    one is given, then Bosnian, then any."""
    from registry.i18n import normalise_language
    from registry.services.transliteration import has_cyrillic, to_cyrillic, to_latin

    lang = normalise_language(language)

    def given(*keys: str) -> str | None:
        for key in keys:
            text = title.get(key)
            if isinstance(text, str) and text:
                return text
        return None

    found = given(*_TITLE_KEYS.get(lang, (lang,)))
    if found:
        return found
    if lang == "sr-Cyrl":
        other = given("sr_latn", "sr-Latn", "sr", "bs", "hr")
        return to_cyrillic(other) if other else next((str(t) for t in title.values() if t), "")
    if lang == "sr-Latn":
        other = given("sr_cyrl", "sr-Cyrl")
        if other:
            return to_latin(other)
    fallback = given("bs", "hr", "sr_latn", "en") or next((str(t) for t in title.values() if t), "")
    return to_latin(fallback) if lang != "sr-Cyrl" and has_cyrillic(fallback) else fallback
