"""The case summary a supervisor takes to a case conference, a court or an inspection."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from registry.printing import blocks
from registry.printing.casefile import CaseFile, referral_overdue, step_state
from registry.printing.context import PrintContext
from registry.printing.document import Section

DEFAULT_NOTES = 10


def summary_section(ctx: PrintContext, file: CaseFile, *, notes_limit: int = DEFAULT_NOTES) -> Section:
    title = ctx.t("title.summary")
    story: list[Flowable] = [
        *blocks.title(title, file.case.number),
        *_overview(ctx, file),
        *_child(ctx, file),
        *_household(ctx, file),
        *_report(ctx, file),
        *_incidents(ctx, file),
        *_measures(ctx, file),
        *_assessment_and_plan(ctx, file),
        *protocol_block(ctx, file, compact=True),
        *referrals_block(ctx, file),
        *_conferences(ctx, file),
        *_consents(ctx, file),
        *_notes(ctx, file, notes_limit),
        *_closure(ctx, file),
        *_approval(ctx, file),
    ]
    return Section(title, file.case.number, story)


def _overview(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    case = file.case
    rows = [
        [(ctx.t("f.case_number"), case.number), (ctx.t("f.status"), ctx.label("case_status", case.status))],
        [
            (ctx.t("f.registered"), ctx.moment(case.registered_at)),
            (ctx.t("f.report_received"), ctx.moment(case.report_received_at)),
        ],
        [
            (ctx.t("f.urgency"), ctx.label("urgency", case.urgency)),
            (ctx.t("f.risk"), ctx.label("risk_level", case.risk_level)),
        ],
    ]
    if case.restricted:
        rows.append([(ctx.t("f.restricted"), ctx.t("yes"))])
    return [blocks.fields(rows), Spacer(0, 2)]


def _child(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    child = file.case.child
    school = ", ".join(part for part in (ctx.free(child.school), child.school_grade) if part)
    disability = ctx.yes_no(child.has_disability)
    if child.has_disability and child.disability_note:
        disability += f" — {ctx.free(child.disability_note)}"
    rows = [
        [
            (ctx.t("f.name"), ctx.person(child.given_name, child.family_name)),
            (ctx.t("f.sex"), ctx.label("sex", child.sex)),
        ],
        [
            (ctx.t("f.birth_date"), ctx.birth(child.birth_date, child.birth_date_approximate)),
            (ctx.t("f.jmbg"), child.jmbg or ""),
        ],
        [(ctx.t("f.address"), ctx.free(child.address)), (ctx.t("f.municipality"), ctx.free(child.municipality))],
        [(ctx.t("f.citizenship"), ctx.free(child.citizenship)), (ctx.t("f.phone"), child.phone)],
        [(ctx.t("f.school"), school)],
        [(ctx.t("f.disability"), disability)],
    ]
    return [*blocks.heading(ctx.t("section.child")), blocks.fields(rows)]


def _household(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    out = blocks.heading(ctx.t("section.household"))
    if not file.case.household:
        return [*out, blocks.nothing(ctx.t("nothing"))]
    rows: list[list[blocks.Cell]] = []
    for member in file.case.household:
        person = member.person
        flags = [
            ctx.t("f.lives_here") if member.lives_in_household else "",
            ctx.t("f.perpetrator") if member.alleged_perpetrator else "",
            ctx.t("f.representative") if member.legal_representative else "",
        ]
        rows.append(
            [
                blocks.cell(ctx.person(person.given_name, person.family_name), "cell_bold"),
                ctx.label("household_role", member.role),
                ctx.birth(person.birth_date, person.birth_date_approximate),
                person.jmbg or "",
                blocks.lines_cell(
                    ("", "; ".join(flag for flag in flags if flag)), ("", ctx.free(person.address)), ("", person.phone)
                ),
            ]
        )
    header = [ctx.t("f.name"), ctx.t("f.role"), ctx.t("f.birth_date"), ctx.t("f.jmbg"), ctx.t("f.notes")]
    return [*out, blocks.table(header, rows, [25, 14, 19, 16, 26])]


def _report(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    case = file.case
    reporter = ctx.t("anonymous") if case.reporter_anonymous else ctx.free(case.reporter_name)
    rows = [
        [(ctx.t("f.source"), ctx.label("referral_source", case.referral_source)), (ctx.t("f.reporter"), reporter)],
        [
            (ctx.t("f.reporter_relation"), ctx.free(case.reporter_relation)),
            (ctx.t("f.reporter_contact"), "" if case.reporter_anonymous else case.reporter_contact),
        ],
        [(ctx.t("f.reporter_institution"), ctx.institution(file.institution(case.reporter_institution_id)))],
        [(ctx.t("f.violence_forms"), ctx.labels("violence_form", case.violence_forms))],
        [
            (ctx.t("f.first_contact"), ctx.moment(case.first_contact_at)),
            (ctx.t("f.assessment_done"), ctx.moment(case.assessment_done_at)),
        ],
        [
            (ctx.t("f.lead_worker"), ctx.free(file.user(case.lead_worker_id))),
            (ctx.t("f.supervisor"), ctx.free(file.user(case.supervisor_id))),
        ],
        [(ctx.t("f.co_workers"), ", ".join(ctx.free(file.user(user_id)) for user_id in case.co_worker_ids))],
        [(ctx.t("f.report_summary"), ctx.free(case.report_summary))],
    ]
    return [*blocks.heading(ctx.t("section.report")), blocks.fields(rows)]


def _incidents(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    out = blocks.heading(ctx.t("section.incidents"))
    incidents = file.case.incidents
    if not incidents:
        return [*out, blocks.nothing(ctx.t("nothing"))]
    rows: list[list[blocks.Cell]] = []
    for incident in incidents:
        when = ctx.moment(incident.occurred_at)
        if incident.occurred_at_approximate:
            when += f" ({ctx.t('approximate')})"
        perpetrator = file.people.get(incident.alleged_perpetrator_id) if incident.alleged_perpetrator_id else None
        rows.append(
            [
                when,
                ctx.free(incident.place),
                ctx.labels("violence_form", incident.violence_forms),
                blocks.lines_cell(
                    ("", ctx.free(incident.description)),
                    (
                        ctx.t("f.perpetrator"),
                        ctx.person(perpetrator.given_name, perpetrator.family_name) if perpetrator else "",
                    ),
                    (ctx.t("f.injuries"), ctx.yes_no(incident.injuries)),
                    (ctx.t("f.police_informed"), ctx.yes_no(incident.police_informed)),
                ),
            ]
        )
    header = [ctx.t("f.when"), ctx.t("f.place"), ctx.t("f.violence_forms"), ctx.t("f.description")]
    return [*out, blocks.table(header, rows, [13, 15, 20, 52])]


def _measures(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    out = blocks.heading(ctx.t("section.measures"))
    measures = file.case.measures
    if not measures:
        return [*out, blocks.nothing(ctx.t("nothing"))]
    rows: list[list[blocks.Cell]] = []
    for measure in measures:
        decided = ctx.institution(file.institution(measure.decided_by_institution_id))
        rows.append(
            [
                blocks.cell(ctx.label("measure", measure.code), "cell_bold"),
                ctx.date(measure.started_on),
                ctx.date(measure.ended_on),
                blocks.lines_cell(("", measure.decision_number), ("", decided)),
                blocks.lines_cell(
                    (ctx.t("f.placement"), ctx.free(measure.placement_location)), ("", ctx.free(measure.notes))
                ),
            ]
        )
    header = [ctx.t("f.measure"), ctx.t("f.from"), ctx.t("f.until"), ctx.t("f.decision"), ctx.t("f.notes")]
    return [*out, blocks.table(header, rows, [24, 12, 12, 23, 29])]


def _assessment_and_plan(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    case = file.case
    out: list[Flowable] = [*blocks.heading(ctx.t("section.assessment"))]
    out += blocks.free_text(ctx.free(case.assessment)) or [blocks.nothing(ctx.t("nothing"))]
    out += blocks.heading(ctx.t("section.plan"))
    out += blocks.free_text(ctx.free(case.plan)) or [blocks.nothing(ctx.t("nothing"))]
    rows = [
        [
            (ctx.t("f.plan_submitted"), ctx.moment(case.plan_submitted_at)),
            (ctx.t("f.plan_approved"), _approved(ctx, file)),
        ]
    ]
    return [*out, blocks.fields(rows)]


def _approved(ctx: PrintContext, file: CaseFile) -> str:
    case = file.case
    if case.plan_approved_at is None:
        return ""
    return ctx.t(
        "f.approved_by", name=ctx.free(file.user(case.plan_approved_by_id)), date=ctx.date(case.plan_approved_at)
    )


def protocol_block(ctx: PrintContext, file: CaseFile, *, compact: bool) -> list[Flowable]:
    """The checklist with due and done dates and who did each step; overdue steps stand out."""
    out: list[Flowable] = []
    if compact:
        out += blocks.heading(ctx.t("section.protocol"))
    if not file.checklist:
        return [*out, blocks.nothing(ctx.t("no_protocol"))]
    now = ctx.printed_at
    states = [step_state(item, now) for item in file.checklist]
    closed = sum(state in ("done", "not_applicable") for state in states)
    overdue = [index for index, state in enumerate(states) if state == "overdue"]
    if file.template is not None and compact:
        out.append(
            blocks.note(
                ctx.t("f.protocol_version", name=ctx.translated(file.template.name), version=file.template.version)
            )
        )
    out.append(
        blocks.para(
            ctx.t("protocol_progress", closed=closed, total=len(states), overdue=len(overdue)),
            "alert" if overdue else "body",
        )
    )
    out.append(Spacer(0, 3))
    rows: list[list[blocks.Cell]] = []
    for item, state in zip(file.checklist, states, strict=True):
        step = item.step
        title = f"{step.number}. {ctx.translated(step.title)}"
        if item.occurrence > 1:
            title += f" ({ctx.t('step.occurrence', number=item.occurrence)})"
        state_text = ctx.t(f"step.{state}")
        details = [("", state_text)]
        if item.not_applicable_reason:
            details.append(("", ctx.free(item.not_applicable_reason)))
        if item.note:
            details.append(("", ctx.free(item.note)))
        state_cell = blocks.lines_cell(*details)
        if state == "overdue":
            state_cell = blocks.cell(state_text, "cell_alert")
        row: list[blocks.Cell] = [
            blocks.cell(title, "cell_bold" if state == "overdue" else "cell"),
            ctx.labels("sector", step.lead_sectors),
            ctx.moment(item.due_at),
            ctx.moment(item.done_at),
            ctx.free(file.user(item.done_by_id)),
            state_cell,
        ]
        if not compact:
            row.insert(2, ctx.labels("sector", step.notified_sectors))
        rows.append(row)
    header = [
        ctx.t("f.step"),
        ctx.t("f.lead_sector"),
        ctx.t("f.due"),
        ctx.t("f.done"),
        ctx.t("f.done_by"),
        ctx.t("f.state"),
    ]
    widths = [36, 13, 12, 12, 12, 15]
    if not compact:
        header.insert(2, ctx.t("f.notified"))
        widths = [27, 13, 15, 11, 11, 10, 13]
    return [*out, blocks.table(header, rows, widths, alert_rows=overdue)]


def referrals_block(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    out = blocks.heading(ctx.t("section.referrals"))
    referrals = file.referrals
    if not referrals:
        return [*out, blocks.nothing(ctx.t("nothing"))]
    now = ctx.printed_at
    overdue = [index for index, referral in enumerate(referrals) if referral_overdue(referral, now)]
    waiting = sum(r.status == "sent" and r.direction == "outgoing" for r in referrals)
    out.append(
        blocks.para(
            ctx.t("referral_progress", total=len(referrals), waiting=waiting, overdue=len(overdue)),
            "alert" if overdue else "body",
        )
    )
    out.append(Spacer(0, 3))
    rows: list[list[blocks.Cell]] = []
    for index, referral in enumerate(referrals):
        if index in overdue:
            state = ctx.t("referral.overdue")
        elif referral.direction == "incoming" and referral.status == "sent":
            state = ctx.t("referral.received")
        else:
            state = ctx.t(f"referral.{referral.status}")
        rows.append(
            [
                blocks.lines_cell(
                    ("", ctx.moment(referral.sent_at)),
                    ("", ctx.label("referral_direction", referral.direction)),
                    ("", ctx.label("channel", referral.channel)),
                ),
                blocks.lines_cell(
                    ("", ctx.institution(referral.institution)),
                    ("", referral.registry_number),
                    ("", ctx.free(referral.contact_person)),
                ),
                blocks.lines_cell(("", ctx.free(referral.reason)), ("", ctx.free(referral.requested_action))),
                ctx.moment(referral.response_due_at),
                blocks.lines_cell(
                    ("", ctx.moment(referral.response_received_at)), ("", ctx.free(referral.response_summary))
                ),
                blocks.cell(state, "cell_alert" if index in overdue else "cell"),
            ]
        )
    header = [
        ctx.t("f.sent"),
        ctx.t("f.institution"),
        ctx.t("f.asked"),
        ctx.t("f.response_due"),
        ctx.t("f.response"),
        ctx.t("f.state"),
    ]
    return [*out, blocks.table(header, rows, [13, 21, 24, 12, 17, 13], alert_rows=overdue)]


def _conferences(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    conferences = file.case.conferences
    if not conferences:
        return []
    rows: list[list[blocks.Cell]] = [
        [
            ctx.moment(c.held_at),
            ctx.free(c.place),
            ctx.free(c.participants),
            blocks.lines_cell(("", ctx.free(c.minutes)), (ctx.t("f.decisions"), ctx.free(c.decisions))),
        ]
        for c in conferences
    ]
    header = [ctx.t("f.date"), ctx.t("f.place"), ctx.t("f.participants"), ctx.t("f.decisions")]
    return [*blocks.heading(ctx.t("section.conferences")), blocks.table(header, rows, [13, 14, 24, 49])]


def _consents(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    consents = file.case.consents
    if not consents:
        return []
    rows = [
        [
            ctx.free(c.given_by_name),
            ctx.labels("sector", c.sectors),
            ctx.free(c.purpose),
            ctx.moment(c.given_at),
            ctx.moment(c.withdrawn_at),
        ]
        for c in consents
    ]
    header = [ctx.t("f.given_by"), ctx.t("f.sectors"), ctx.t("f.purpose"), ctx.t("f.date"), ctx.t("f.withdrawn")]
    return [*blocks.heading(ctx.t("section.consents")), blocks.table(header, rows, [18, 22, 34, 13, 13])]


def _notes(ctx: PrintContext, file: CaseFile, limit: int) -> list[Flowable]:
    out = blocks.heading(ctx.t("section.notes"))
    notes = file.case.notes
    if not notes:
        return [*out, blocks.nothing(ctx.t("nothing"))]
    recent = sorted(notes, key=lambda note: note.occurred_at, reverse=True)[:limit] if limit else []
    rows = [
        [
            ctx.moment(note.occurred_at),
            ctx.label("note_kind", note.kind),
            ctx.free(file.user(note.author_id)),
            ctx.free(note.text),
        ]
        for note in recent
    ]
    header = [ctx.t("f.date"), ctx.t("f.kind"), ctx.t("f.author"), ctx.t("f.text")]
    out.append(blocks.table(header, rows, [13, 14, 15, 58]))
    if len(notes) > len(recent):
        out.append(blocks.note(ctx.t("more_notes", shown=len(recent), total=len(notes))))
    return out


def _closure(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    case = file.case
    if case.closed_at is None:
        return []
    rows = [
        [
            (ctx.t("f.closed"), ctx.moment(case.closed_at)),
            (ctx.t("f.closure_reason"), ctx.label("closure_reason", case.closure_reason)),
        ],
        [(ctx.t("f.notes"), ctx.free(case.closure_note))],
    ]
    if case.open_steps_override_reason:
        rows.append([(ctx.t("f.open_steps_reason"), ctx.free(case.open_steps_override_reason))])
    return [*blocks.heading(ctx.t("section.closure")), blocks.fields(rows)]


def _approval(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    case = file.case
    approved = _approved(ctx, file)
    text = f"{ctx.t('f.plan_approved')}: {approved}" if approved else ctx.t("f.plan_not_approved")
    lead = ctx.free(file.user(case.lead_worker_id))
    supervisor = ctx.free(file.user(case.supervisor_id))
    labels = [
        f"{ctx.t('f.lead_worker')}{': ' + lead if lead else ''}",
        f"{ctx.t('f.supervisor')}{': ' + supervisor if supervisor else ''}",
    ]
    return [
        KeepTogether(
            [
                *blocks.heading(ctx.t("section.approval")),
                blocks.para(text, "bold" if approved else "body"),
                blocks.signatures(labels, date_label=ctx.t("f.date")),
            ]
        )
    ]
