"""The access history of one case as PDF: who opened, changed, printed or exported it, and every break-glass
opening with its reason, from the audit trail (``services.audit_view.case_access_history``)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Spacer

from registry import i18n
from registry.printing import blocks
from registry.printing.context import PrintContext
from registry.printing.document import Printed, Section, render
from registry.services.access import require_case
from registry.services.audit_view import AuditRow, case_access_history


def _action(ctx: PrintContext, row: AuditRow) -> str:
    key = f"print.access.{row.action}"
    if i18n.has(key):
        return ctx.t(key.removeprefix("print."))
    from registry.services.audit_words import action_text

    return action_text(row.action, ctx.language)


def _details(ctx: PrintContext, row: AuditRow) -> str:
    if row.action == "case.break_glass" and row.details.get("reason"):
        return ctx.t("access.reason", reason=ctx.free(str(row.details["reason"])))
    if row.details.get("document"):
        return ctx.t("access.document", document=str(row.details["document"]))
    return ""


def access_history(
    session,
    case_id: int,
    *,
    actor_id: int | None,
    language: str | None = None,
    printed_by: str | int | None = None,
    now: dt.datetime | None = None,
) -> Printed:
    """Auditors and supervisors only (``audit_view`` checks the role); NotFound for an unknown case."""
    rows = case_access_history(session, case_id, actor_id=actor_id)
    case = require_case(session, None, case_id)
    ctx = PrintContext.create(session, language=language, printed_by=printed_by, now=now)
    title = ctx.t("title.access_history")
    story: list[Flowable] = [
        *blocks.title(title, case.number),
        blocks.note(ctx.t("access.intro", count=len(rows))),
        Spacer(0, 4),
    ]
    if rows:
        alerts = [index for index, row in enumerate(rows) if row.action == "case.break_glass"]
        story.append(
            blocks.table(
                [ctx.t("f.when"), ctx.t("access.user"), ctx.t("access.action"), ctx.t("f.details")],
                [
                    [
                        ctx.moment(row.at),
                        ctx.free(row.user) if row.user else ctx.t("access.system"),
                        _action(ctx, row),
                        _details(ctx, row),
                    ]
                    for row in rows
                ],
                [18, 24, 26, 32],
                alert_rows=alerts,
            )
        )
    else:
        story.append(blocks.nothing(ctx.t("access.none")))
    return render(ctx, [Section(title, case.number, story)], title=f"{title} {case.number}")


__all__ = ["access_history"]
