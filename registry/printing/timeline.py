"""The case timeline: every event across sectors in the order it happened."""

from __future__ import annotations

from reportlab.platypus import Flowable

from registry.printing import blocks
from registry.printing.casefile import CaseFile
from registry.printing.checklist import case_header
from registry.printing.context import PrintContext
from registry.printing.document import Section
from registry.printing.events import case_events


def timeline_section(ctx: PrintContext, file: CaseFile) -> Section:
    title = ctx.t("title.timeline")
    rows: list[list[blocks.Cell]] = []
    alerts = []
    overdue_title = ctx.t("event.response_overdue")
    for index, event in enumerate(case_events(file, ctx)):
        when = ctx.date(event.at) if event.day_only else ctx.moment(event.at)
        alert = event.title == overdue_title
        if alert:
            alerts.append(index)
        rows.append(
            [
                when,
                ctx.label("sector", event.sector),
                blocks.cell(event.title, "cell_alert" if alert else "cell_bold"),
                event.details,
                event.by,
            ]
        )
    header = [ctx.t("f.when"), ctx.t("f.sector"), ctx.t("f.event"), ctx.t("f.details"), ctx.t("f.done_by")]
    story: list[Flowable] = [
        *blocks.title(title, file.case.number),
        *case_header(ctx, file),
        blocks.table(header, rows, [13, 13, 20, 40, 14], alert_rows=alerts),
    ]
    return Section(title, file.case.number, story)
