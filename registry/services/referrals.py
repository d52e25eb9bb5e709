"""The referral log: log, send, record the response, and find what is unanswered or overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, event, select
from sqlalchemy.orm import Session

from registry.models import CHANNELS, DIRECTIONS, URGENCIES, Case, Institution, Referral
from registry.services import access, audit
from registry.services.case_records import consent_covers
from registry.services.changes import (
    UNSET,
    Check,
    Maybe,
    apply_changes,
    audit_value,
    checked,
    flush_or_stale,
    given,
    record_update,
)
from registry.services.errors import NotFound, Problems, RegistryError, StaleRecord, TransitionRefused
from registry.services.lookups import LookupRef
from registry.services.names import registry_key
from registry.services.rows import records
from registry.services.validation import TEXT_MAX, check_code, check_past_moment, clean_text

#: default time an institution has to answer, by urgency (hours) — a default, configurable per call
DEFAULT_RESPONSE_HOURS = {"immediate": 24, "urgent": 72, "regular": 15 * 24}


@dataclass
class ReferralInput:
    case_id: int
    direction: str
    institution_id: int | None
    channel: str
    reason: str = ""
    requested_action: str = ""
    urgency: str = "regular"
    registry_number: str = ""
    contact_person: str = ""
    sent_at: dt.datetime | None = None
    response_due_at: dt.datetime | None = None
    #: why an outgoing referral goes out without a consent covering the sector (e.g. a legal duty to notify)
    consent_override_reason: str = ""


class ConsentMissing(RegistryError):
    """No recorded consent covers sharing with this sector; going on needs a reason that is recorded."""

    key = "referral.consent_missing"


def log_referral(session: Session, data: ReferralInput, *, actor_id: int | None) -> Referral:
    """Record a referral: an incoming one as received at ``sent_at``; an outgoing one as a draft until sent."""
    access.require_case(session, actor_id, data.case_id, write=True)
    problems = Problems()
    direction = check_code(data.direction, DIRECTIONS, "direction", problems)
    channel = check_code(data.channel, CHANNELS, "channel", problems)
    urgency = check_code(data.urgency, URGENCIES, "urgency", problems)
    if data.institution_id is None:
        problems.add("institution", "value.required")
    elif session.get(Institution, data.institution_id) is None:
        problems.add("institution", "value.unknown_record", value=data.institution_id)
    values = {
        "reason": clean_text(data.reason, "reason", problems, max_length=TEXT_MAX, multiline=True),
        "requested_action": clean_text(
            data.requested_action, "requested_action", problems, max_length=TEXT_MAX, multiline=True
        ),
        "registry_number": clean_text(data.registry_number, "registry_number", problems, max_length=60),
        "contact_person": clean_text(data.contact_person, "reporter_name", problems),
    }
    override = clean_text(data.consent_override_reason, "reason", problems, max_length=TEXT_MAX, multiline=True)
    sent_at = check_past_moment(data.sent_at, "sent_at", problems, required=direction == "incoming")
    if data.response_due_at and sent_at and data.response_due_at < sent_at:
        problems.add("response_due_at", "value.after_other", other="sent_at")
    problems.raise_if_any()
    assert direction and channel and urgency and data.institution_id is not None  # each was checked just above
    institution = session.get_one(Institution, data.institution_id)
    response_due_at = data.response_due_at
    if direction == "outgoing" and sent_at is not None and response_due_at is None:
        response_due_at = sent_at + dt.timedelta(hours=DEFAULT_RESPONSE_HOURS[urgency])
    if direction == "outgoing" and not override and not consent_covers(session, data.case_id, institution.sector):
        raise ConsentMissing(sector=LookupRef("sector", institution.sector))
    referral = Referral(
        case_id=data.case_id,
        direction=direction,
        institution_id=data.institution_id,
        channel=channel,
        urgency=urgency,
        sent_at=sent_at,
        response_due_at=response_due_at,
        created_by_id=actor_id,
        status="sent" if direction == "incoming" or sent_at else "draft",
        consent_override_reason=override,
        **values,
    )
    session.add(referral)
    session.flush()
    audit.record(
        session,
        "referral.create",
        user_id=actor_id,
        entity="referral",
        entity_id=referral.id,
        case_id=referral.case_id,
        details={
            "direction": direction,
            "institution_id": data.institution_id,
            "consent_override_reason": override,
            "changes": _entered(referral),
        },
    )
    return referral


#: the fields a referral's "logged" event keeps, as [before, after] with nothing before
_ENTERED = (
    "direction",
    "institution_id",
    "channel",
    "urgency",
    "sent_at",
    "registry_number",
    "reason",
    "requested_action",
    "contact_person",
    "response_due_at",
    "status",
)


def _entered(referral: Referral) -> dict[str, list[object]]:
    values = {name: getattr(referral, name) for name in _ENTERED}
    return {name: [None, audit_value(value)] for name, value in values.items() if value not in (None, "")}


def _get(session: Session, referral_id: int, expected_version: int | None, actor_id: int | None) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(what="referral", value=referral_id)
    access.require_case(session, actor_id, referral.case_id, write=True)
    if expected_version is not None and referral.version != expected_version:
        raise StaleRecord(what=f"#{referral_id}")
    return referral


def send_referral(
    session: Session,
    referral_id: int,
    *,
    actor_id: int | None,
    sent_at: dt.datetime | None = None,
    registry_number: str | None = None,
    response_due_at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Referral:
    """Mark an outgoing draft as sent; the response deadline defaults by urgency."""
    referral = _get(session, referral_id, expected_version, actor_id)
    if referral.direction != "outgoing" or referral.status != "draft":
        raise TransitionRefused("referral.not_outgoing_draft")
    problems = Problems()
    when = check_past_moment(sent_at or dt.datetime.now(dt.UTC), "sent_at", problems)
    number = clean_text(registry_number, "registry_number", problems, max_length=60) if registry_number else None
    problems.raise_if_any()
    assert when is not None
    due = (
        response_due_at
        or referral.response_due_at
        or (when + dt.timedelta(hours=DEFAULT_RESPONSE_HOURS[referral.urgency]))
    )
    diff = apply_changes(
        referral,
        {
            "sent_at": when,
            "registry_number": number or referral.registry_number,
            "response_due_at": due,
            "status": "sent",
        },
    )
    flush_or_stale(session, f"#{referral_id}")
    audit.record(
        session,
        "referral.send",
        user_id=actor_id,
        entity="referral",
        entity_id=referral.id,
        case_id=referral.case_id,
        details={"registry_number": referral.registry_number, "changes": diff},
    )
    return referral


def record_response(
    session: Session,
    referral_id: int,
    *,
    summary: str,
    actor_id: int | None,
    received_at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Referral:
    referral = _get(session, referral_id, expected_version, actor_id)
    if referral.status == "answered":
        raise TransitionRefused("referral.already_answered")
    if referral.status != "sent":
        raise TransitionRefused("referral.not_sent")
    problems = Problems()
    when = check_past_moment(received_at or dt.datetime.now(dt.UTC), "response_received_at", problems)
    text = clean_text(summary, "response_summary", problems, max_length=TEXT_MAX, multiline=True, required=True)
    if when and referral.sent_at and when < referral.sent_at:
        problems.add("response_received_at", "value.after_other", other="sent_at")
    problems.raise_if_any()
    diff = apply_changes(referral, {"response_received_at": when, "response_summary": text, "status": "answered"})
    flush_or_stale(session, f"#{referral_id}")
    audit.record(
        session,
        "referral.response",
        user_id=actor_id,
        entity="referral",
        entity_id=referral.id,
        case_id=referral.case_id,
        details={"changes": diff},
    )
    return referral


#: a referral in these states can be cancelled (an answered one has happened; correct it instead)
CANCELLABLE = ("draft", "sent")


def cancel_referral(
    session: Session, referral_id: int, *, reason: str, actor_id: int | None, expected_version: int | None = None
) -> Referral:
    """Cancel a referral logged by mistake or no longer needed: it stays in the log as cancelled, no longer
    waits for a response, and the reason is in the audit trail beside the state it had."""
    referral = _get(session, referral_id, expected_version, actor_id)
    if referral.status not in CANCELLABLE:
        raise TransitionRefused("referral.not_cancellable")
    problems = Problems()
    why = clean_text(reason, "reason", problems, max_length=TEXT_MAX, multiline=True, required=True)
    problems.raise_if_any()
    diff = apply_changes(referral, {"status": "cancelled"})
    flush_or_stale(session, f"#{referral_id}")
    audit.record(
        session,
        "referral.cancel",
        user_id=actor_id,
        entity="referral",
        entity_id=referral.id,
        case_id=referral.case_id,
        details={"changes": diff, "reason": why},
    )
    return referral


@dataclass
class ReferralChanges:
    """A correction of a referral's content (its state moves through send_referral and record_response)."""

    institution_id: Maybe[int] = UNSET
    channel: Maybe[str] = UNSET
    urgency: Maybe[str] = UNSET
    reason: Maybe[str] = UNSET
    requested_action: Maybe[str] = UNSET
    registry_number: Maybe[str] = UNSET
    contact_person: Maybe[str] = UNSET
    response_due_at: Maybe[dt.datetime | None] = UNSET
    response_summary: Maybe[str] = UNSET


def _referral_checks(session: Session, referral: Referral) -> dict[str, Check]:
    def institution(value: int | None, problems: Problems) -> int | None:
        if value is None:
            problems.add("institution", "value.required")
        elif session.get(Institution, value) is None:
            problems.add("institution", "value.unknown_record", value=value)
        return value

    def code(allowed: tuple[str, ...], label: str) -> Check:
        return lambda value, problems: check_code(value, allowed, label, problems)

    def text(label: str, max_length: int = TEXT_MAX, *, required: bool = False) -> Check:
        return lambda value, problems: clean_text(
            value, label, problems, max_length=max_length, required=required, multiline=max_length == TEXT_MAX
        )

    def due(value: dt.datetime | None, problems: Problems) -> dt.datetime | None:
        if value is not None and referral.sent_at is not None and value < referral.sent_at:
            problems.add("response_due_at", "value.after_other", other="sent_at")
        return value

    def response(value: str, problems: Problems) -> str:
        if referral.status != "answered":
            problems.add("response_summary", "referral.not_answered")
        return clean_text(value, "response_summary", problems, max_length=TEXT_MAX, multiline=True, required=True)

    return {
        "institution_id": institution,
        "channel": code(CHANNELS, "channel"),
        "urgency": code(URGENCIES, "urgency"),
        "reason": text("reason"),
        "requested_action": text("requested_action"),
        "registry_number": text("registry_number", 60),
        "contact_person": text("reporter_name", 255),
        "response_due_at": due,
        "response_summary": response,
    }


def update_referral(
    session: Session,
    referral_id: int,
    changes: ReferralChanges,
    *,
    actor_id: int | None,
    expected_version: int | None = None,
) -> Referral:
    """Correct a referral: only the fields given are checked and written, and the audit names each change.
    Sending an outgoing referral to an institution of another sector needs consent, as logging it did."""
    referral = _get(session, referral_id, expected_version, actor_id)
    problems = Problems()
    values = checked(given(changes), _referral_checks(session, referral), problems)
    problems.raise_if_any()
    new_institution = values.get("institution_id")
    if (
        new_institution is not None
        and new_institution != referral.institution_id
        and referral.direction == "outgoing"
        and not referral.consent_override_reason
    ):
        sector = session.get_one(Institution, new_institution).sector
        if not consent_covers(session, referral.case_id, sector):
            raise ConsentMissing(sector=LookupRef("sector", sector))
    diff = apply_changes(referral, values)
    flush_or_stale(session, f"#{referral_id}")
    record_update(
        session,
        "referral.update",
        diff,
        entity="referral",
        record_id=referral.id,
        case_id=referral.case_id,
        actor_id=actor_id,
    )
    return referral


@dataclass(frozen=True)
class ReferralRow:
    id: int
    case_id: int
    case_number: str
    direction: str
    institution: str | None
    sector: str | None
    channel: str
    sent_at: dt.datetime | None
    registry_number: str
    response_due_at: dt.datetime | None
    response_received_at: dt.datetime | None
    status: str

    def overdue(self, now: dt.datetime) -> bool:
        return self.status == "sent" and self.response_due_at is not None and self.response_due_at < now


def _rows() -> Select:
    return (
        select(
            Referral.id,
            Referral.case_id,
            Case.number.label("case_number"),
            Referral.direction,
            Institution.name.label("institution"),
            Institution.sector,
            Referral.channel,
            Referral.sent_at,
            Referral.registry_number,
            Referral.response_due_at,
            Referral.response_received_at,
            Referral.status,
        )
        .join(Case, Case.id == Referral.case_id)
        .outerjoin(Institution, Institution.id == Referral.institution_id)
    )


def case_referrals(session: Session, case_id: int, *, actor_id: int | None) -> list[ReferralRow]:
    """The referrals of one case, for a user who may open it."""
    access.require_case(session, actor_id, case_id)
    query = (
        _rows().where(Referral.case_id == case_id).order_by(Referral.sent_at.is_(None), Referral.sent_at, Referral.id)
    )
    return records(ReferralRow, session.execute(query))


def unanswered(session: Session, *, limit: int = 1000) -> list[ReferralRow]:
    """Outgoing referrals sent and still waiting for a response, the earliest deadline first."""
    query = (
        _rows()
        .where(Referral.status == "sent", Referral.direction == "outgoing")
        .order_by(Referral.response_due_at, Referral.id)
        .limit(limit)
    )
    return records(ReferralRow, session.execute(query))


def overdue(session: Session, *, now: dt.datetime | None = None, limit: int = 1000) -> list[ReferralRow]:
    moment = now or dt.datetime.now(dt.UTC)
    query = (
        _rows()
        .where(Referral.status == "sent", Referral.direction == "outgoing", Referral.response_due_at < moment)
        .order_by(Referral.response_due_at, Referral.id)
        .limit(limit)
    )
    return records(ReferralRow, session.execute(query))


@event.listens_for(Referral, "before_insert")
@event.listens_for(Referral, "before_update")
def _keep_registry_key(_mapper: object, _connection: object, referral: Referral) -> None:
    """Every ORM write of a referral (logging, sending, any correction) keeps its search key with its number."""
    referral.registry_key = registry_key(referral.registry_number or "")
