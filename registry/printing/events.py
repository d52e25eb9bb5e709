"""The case timeline: every event across sectors in the order it happened (no ReportLab, no Qt).

The UI may show the same list on screen; the printed timeline is a table of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from registry.printing.casefile import CaseFile, referral_overdue
from registry.printing.context import PrintContext
from registry.services.dates import LOCAL_TZ

_CENTRE = "social_welfare"


@dataclass(frozen=True)
class Event:
    at: dt.datetime
    #: True when only the day is known (measures), so the time is not printed
    day_only: bool
    #: the sector code the event belongs to (lookup kind ``sector``), "" when none applies
    sector: str
    title: str
    details: str
    by: str = ""


def _day(value: dt.date) -> dt.datetime:
    return dt.datetime.combine(value, dt.time(0, 0), LOCAL_TZ)


def case_events(file: CaseFile, ctx: PrintContext) -> list[Event]:
    """All events of the case, oldest first (ties keep the order of the case's course)."""
    case = file.case
    events: list[Event] = []
    add = events.append
    reporter = ctx.t("anonymous") if case.reporter_anonymous else ctx.free(case.reporter_name)
    add(
        Event(
            case.report_received_at,
            False,
            _source_sector(case.referral_source),
            ctx.t("event.report"),
            _join(ctx.label("referral_source", case.referral_source), reporter, ctx.free(case.report_summary)),
        )
    )
    add(
        Event(
            case.registered_at,
            False,
            _CENTRE,
            ctx.t("event.registered", number=case.number),
            _join(ctx.label("urgency", case.urgency), ctx.label("risk_level", case.risk_level)),
            ctx.free(file.user(case.created_by_id)),
        )
    )
    for change in case.status_changes:
        if change.from_status is None:
            continue  # the registration itself
        add(
            Event(
                change.changed_at,
                False,
                _CENTRE,
                ctx.t("event.status", status=ctx.label("case_status", change.to_status)),
                ctx.free(change.reason),
                ctx.free(file.user(change.changed_by_id)),
            )
        )
    for incident in case.incidents:
        if incident.occurred_at is None:
            continue
        when = ctx.t("approximate") if incident.occurred_at_approximate else ""
        add(
            Event(
                incident.occurred_at,
                False,
                "",
                ctx.t("event.incident"),
                _join(
                    ctx.labels("violence_form", incident.violence_forms),
                    ctx.free(incident.place),
                    when,
                    ctx.free(incident.description),
                ),
            )
        )
    for referral in file.referrals:
        institution = referral.institution
        name = ctx.institution(institution)
        sector = institution.sector if institution else ""
        if referral.sent_at is not None:
            title = ctx.t("event.referral_out" if referral.direction == "outgoing" else "event.referral_in")
            add(
                Event(
                    referral.sent_at,
                    False,
                    sector,
                    title,
                    _join(
                        name,
                        referral.registry_number,
                        ctx.label("channel", referral.channel),
                        ctx.free(referral.reason),
                        ctx.free(referral.requested_action),
                    ),
                    ctx.free(file.user(referral.created_by_id)),
                )
            )
        if referral.response_received_at is not None:
            add(
                Event(
                    referral.response_received_at,
                    False,
                    sector,
                    ctx.t("event.response"),
                    _join(name, ctx.free(referral.response_summary)),
                )
            )
        elif referral_overdue(referral, ctx.printed_at):
            assert referral.response_due_at is not None
            add(
                Event(
                    referral.response_due_at,
                    False,
                    sector,
                    ctx.t("event.response_overdue"),
                    _join(name, referral.registry_number),
                )
            )
    for item in file.checklist:
        if item.done_at is None:
            continue
        title = ctx.t("event.step_na" if item.not_applicable else "event.step_done")
        step = f"{item.step.number}. {ctx.translated(item.step.title)}"
        sector = item.step.lead_sectors[0] if item.step.lead_sectors else _CENTRE
        add(
            Event(
                item.done_at,
                False,
                sector,
                title,
                _join(step, ctx.free(item.not_applicable_reason), ctx.free(item.note)),
                ctx.free(file.user(item.done_by_id)),
            )
        )
    for measure in case.measures:
        decided = ctx.institution(file.institution(measure.decided_by_institution_id))
        details = _join(
            ctx.label("measure", measure.code),
            decided,
            measure.decision_number,
            ctx.free(measure.placement_location),
            ctx.free(measure.notes),
        )
        if measure.started_on:
            add(Event(_day(measure.started_on), True, _CENTRE, ctx.t("event.measure_start"), details))
        if measure.ended_on:
            add(
                Event(
                    _day(measure.ended_on),
                    True,
                    _CENTRE,
                    ctx.t("event.measure_end"),
                    ctx.label("measure", measure.code),
                )
            )
    for note in case.notes:
        add(
            Event(
                note.occurred_at,
                False,
                _CENTRE,
                ctx.label("note_kind", note.kind),
                ctx.free(note.text),
                ctx.free(file.user(note.author_id)),
            )
        )
    for conference in case.conferences:
        add(
            Event(
                conference.held_at,
                False,
                _CENTRE,
                ctx.t("event.conference"),
                _join(ctx.free(conference.place), ctx.free(conference.participants), ctx.free(conference.decisions)),
            )
        )
    for consent in case.consents:
        add(
            Event(
                consent.given_at,
                False,
                _CENTRE,
                ctx.t("event.consent"),
                _join(
                    ctx.free(consent.given_by_name), ctx.labels("sector", consent.sectors), ctx.free(consent.purpose)
                ),
            )
        )
        if consent.withdrawn_at:
            add(
                Event(
                    consent.withdrawn_at,
                    False,
                    _CENTRE,
                    ctx.t("event.consent_withdrawn"),
                    ctx.free(consent.given_by_name),
                )
            )
    if case.plan_approved_at:
        add(
            Event(
                case.plan_approved_at,
                False,
                _CENTRE,
                ctx.t("event.plan_approved"),
                "",
                ctx.free(file.user(case.plan_approved_by_id)),
            )
        )
    if case.closed_at:
        add(
            Event(
                case.closed_at,
                False,
                _CENTRE,
                ctx.t("event.closed"),
                _join(ctx.label("closure_reason", case.closure_reason), ctx.free(case.closure_note)),
            )
        )
    return sorted(events, key=lambda event: event.at)  # sorted() is stable: equal moments keep their order


def _source_sector(source: str) -> str:
    """The sector a referral source belongs to, where there is one."""
    return {
        "school": "education",
        "health": "health",
        "police": "police",
        "prosecutor": "judiciary",
        "court": "judiciary",
        "ngo": "ngo",
        "ombudsman": "ombudsman",
        "other_centre": "social_welfare",
    }.get(source, "")


def _join(*parts: str | None) -> str:
    return " — ".join(part.strip() for part in parts if part and part.strip())
