"""The protocol checklist of a case: every step with its due and done dates and who did it."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from registry.printing import blocks
from registry.printing.casefile import CaseFile
from registry.printing.context import PrintContext
from registry.printing.document import Section
from registry.printing.summary import protocol_block


def case_header(ctx: PrintContext, file: CaseFile) -> list[Flowable]:
    """Who and which case a one-subject document is about."""
    case = file.case
    child = case.child
    rows = [
        [
            (ctx.t("f.name"), ctx.person(child.given_name, child.family_name)),
            (ctx.t("f.birth_date"), ctx.birth(child.birth_date, child.birth_date_approximate)),
        ],
        [(ctx.t("f.case_number"), case.number), (ctx.t("f.status"), ctx.label("case_status", case.status))],
        [
            (ctx.t("f.report_received"), ctx.moment(case.report_received_at)),
            (ctx.t("f.urgency"), ctx.label("urgency", case.urgency)),
        ],
        [
            (ctx.t("f.lead_worker"), ctx.free(file.user(case.lead_worker_id))),
            (ctx.t("f.supervisor"), ctx.free(file.user(case.supervisor_id))),
        ],
    ]
    return [blocks.fields(rows), Spacer(0, 4)]


def checklist_section(ctx: PrintContext, file: CaseFile) -> Section:
    title = ctx.t("title.checklist")
    subtitle = file.case.number
    if file.template is not None:
        subtitle = ctx.t("f.protocol_version", name=ctx.translated(file.template.name), version=file.template.version)
    story: list[Flowable] = [
        *blocks.title(title, subtitle),
        *case_header(ctx, file),
        *protocol_block(ctx, file, compact=False),
        Spacer(0, 8),
        KeepTogether([blocks.signatures([ctx.t("f.lead_worker"), ctx.t("f.supervisor")], date_label=ctx.t("f.date"))]),
    ]
    return Section(title, file.case.number, story)
