"""A one-page seal of the audit trail's head, to print, sign and keep away from the computer.

Whoever keeps it can later show that the first N events of the register are the ones that existed when it was
printed: ``registry audit verify --checkpoint FILE`` (or typing the figures into a checkpoint) compares them.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Spacer

from registry.printing import blocks
from registry.printing.context import PrintContext
from registry.printing.document import Printed, Section, render
from registry.printing.styles import styles
from registry.services.audit_anchor import Anchor


def _grouped(head: str) -> str:
    """The 64 hex digits in groups of eight, two lines, so they can be read out and compared by eye."""
    groups = [head[index : index + 8] for index in range(0, len(head), 8)]
    return " ".join(groups[:4]) + "<br/>" + " ".join(groups[4:])


def audit_seal(
    session,
    anchor: Anchor,
    *,
    language: str | None = None,
    printed_by: str | int | None = None,
    now: dt.datetime | None = None,
) -> Printed:
    ctx = PrintContext.create(session, language=language, printed_by=printed_by, now=now)
    title = ctx.t("seal.title")
    story: list[Flowable] = [
        *blocks.title(title, anchor.register),
        blocks.note(ctx.t("seal.intro")),
        Spacer(0, 6),
        blocks.fields(
            [
                [(ctx.t("seal.register"), anchor.register)],
                [(ctx.t("seal.taken_at"), ctx.moment(anchor.taken_at)), (ctx.t("seal.events"), str(anchor.events))],
            ]
        ),
        Spacer(0, 6),
        *blocks.heading(ctx.t("seal.head", algorithm="SHA-256")),
        Paragraph(f'<font name="Courier" size="13">{_grouped(anchor.head)}</font>', styles().body),
        Spacer(0, 8),
        blocks.note(ctx.t("seal.how", command="registry audit verify --checkpoint")),
        Spacer(0, 18),
        blocks.signatures([ctx.t("seal.signed")], date_label=ctx.t("seal.date")),
    ]
    return render(ctx, [Section(title, anchor.register, story)], title=title)


__all__ = ["audit_seal"]
