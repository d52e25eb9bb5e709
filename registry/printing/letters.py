"""Letters to institutions: the referral / notification with its response slip, and feedback on a notification
the centre received."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from registry.printing import blocks
from registry.printing.context import PrintContext
from registry.printing.document import Section
from registry.printing.styles import CONTENT_WIDTH, MUTED, styles
from registry.services.case_view import CaseView, InstitutionView, ReferralView, load_case_file, load_referral


@dataclass
class Letter:
    referral: ReferralView
    case: CaseView
    institution: InstitutionView | None
    worker: str


def load_letter(ctx: PrintContext, referral_id: int) -> Letter:
    referral = load_referral(ctx.session, referral_id)
    file = load_case_file(ctx.session, referral.case_id)
    worker = file.user(file.case.lead_worker_id or referral.created_by_id)
    return Letter(referral, file.case, referral.institution, worker)


def letter_section(ctx: PrintContext, letter: Letter) -> Section:
    if letter.referral.direction == "incoming":
        return _feedback(ctx, letter)
    referral, case = letter.referral, letter.case
    child = case.child
    child_name = ctx.person(child.given_name, child.family_name)
    title = ctx.t("title.referral")
    story: list[Flowable] = [*_head(ctx, letter), *blocks.title(title)]
    if referral.urgency in ("immediate", "urgent"):
        story.append(blocks.para(f"{ctx.t('letter.urgent')} — {ctx.label('urgency', referral.urgency)}", "alert"))
        story.append(Spacer(0, 2 * mm))
    story += _subject(ctx, ctx.t("letter.subject_text", child=child_name))
    story.append(blocks.para(ctx.t("letter.intro")))
    identity = [ctx.t("letter.child_line", name=child_name, birth=ctx.date(child.birth_date) or "—")]
    if child.jmbg:
        identity.append(f"{ctx.t('f.jmbg')}: {child.jmbg}")
    if child.address:
        identity.append(f"{ctx.t('f.address')}: {ctx.free(child.address)}")
    story.append(Paragraph("<br/>".join(blocks.markup(line) for line in identity), styles().bold))
    story.append(Spacer(0, 3 * mm))
    if referral.reason:
        story += [blocks.para(ctx.t("letter.reason"), "bold"), *blocks.free_text(ctx.free(referral.reason))]
    if referral.requested_action:
        story += [
            blocks.para(f"{ctx.t('letter.request')}:", "bold"),
            *blocks.free_text(ctx.free(referral.requested_action)),
        ]
    deadline = referral.response_due_at
    story.append(
        blocks.para(
            ctx.t("letter.deadline", date=ctx.date(deadline)) if deadline else ctx.t("letter.no_deadline"), "bold"
        )
    )
    story.append(Spacer(0, 2 * mm))
    story.append(
        blocks.fields(
            [[(ctx.t("letter.legal_basis"), ctx.legal_basis())], [(ctx.t("letter.contact"), _contact(ctx, letter))]],
            label_width=30 * mm,
        )
    )
    story.append(Spacer(0, 2 * mm))
    story.append(blocks.note(ctx.t("letter.data_notice")))
    story += _closing(ctx, letter)
    story.append(_slip(ctx, letter))
    return Section(title, referral.registry_number or case.number, story)


def _feedback(ctx: PrintContext, letter: Letter) -> Section:
    referral, case = letter.referral, letter.case
    title = ctx.t("title.feedback")
    child = case.child
    story: list[Flowable] = [*_head(ctx, letter), *blocks.title(title)]
    story += _subject(ctx, f"{ctx.t('feedback.subject')} — {ctx.person(child.given_name, child.family_name)}")
    story.append(blocks.para(ctx.t("feedback.body", received=ctx.date(referral.sent_at), number=case.number)))
    story.append(Spacer(0, 3 * mm))
    story.append(blocks.fields([[(ctx.t("letter.contact"), _contact(ctx, letter))]], label_width=30 * mm))
    story.append(Spacer(0, 2 * mm))
    story.append(blocks.note(ctx.t("letter.data_notice")))
    story += _closing(ctx, letter)
    return Section(title, case.number, story)


def _head(ctx: PrintContext, letter: Letter) -> list[Flowable]:
    """Registry number, date and case on the left; the addressee on the right."""
    st = styles()
    referral = letter.referral
    if referral.direction == "incoming":  # feedback is a new letter: its own number is written by hand
        ours = [
            ctx.t("letter.number", number="________"),
            ctx.t("letter.date", date=ctx.date(ctx.printed_at)),
            ctx.t("letter.case", number=letter.case.number),
        ]
        if referral.registry_number:
            ours.append(f"{ctx.t('f.registry_number')}: {referral.registry_number} ({ctx.date(referral.sent_at)})")
    else:
        ours = [
            ctx.t("letter.number", number=referral.registry_number or "________"),
            ctx.t("letter.date", date=ctx.date(referral.sent_at or ctx.printed_at)),
            ctx.t("letter.case", number=letter.case.number),
        ]
    institution = letter.institution
    addressee = [ctx.institution(institution)] if institution else ["________________________"]
    if institution is not None:
        addressee += [ctx.free(part) for part in dict.fromkeys((institution.address, institution.municipality)) if part]
    if referral.contact_person:
        addressee.append(ctx.t("letter.attention", name=ctx.free(referral.contact_person)))
    left = Paragraph("<br/>".join(blocks.markup(line) for line in ours), st.body)
    right = Paragraph(
        "<br/>".join(
            f"<b>{blocks.markup(addressee[0])}</b>" if i == 0 else blocks.markup(line)
            for i, line in enumerate(addressee)
        ),
        st.body,
    )
    table = Table([[left, "", right]], colWidths=[CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.08, CONTENT_WIDTH * 0.5])
    table.setStyle(
        blocks.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(0, 2 * mm), table, Spacer(0, 6 * mm)]


def _subject(ctx: PrintContext, text: str) -> list[Flowable]:
    st = styles()
    return [
        Paragraph(f"<b>{blocks.markup(ctx.t('letter.subject'))}</b> {blocks.markup(text)}", st.body),
        Spacer(0, 3 * mm),
    ]


def _contact(ctx: PrintContext, letter: Letter) -> str:
    head = ctx.letterhead
    parts = [ctx.free(letter.worker)] if letter.worker else []
    if head.details:
        parts.append(head.details)
    return ", ".join(parts)


def _closing(ctx: PrintContext, letter: Letter) -> list[Flowable]:
    worker = ctx.free(letter.worker)
    labels = [f"{ctx.t('letter.worker')}{': ' + worker if worker else ''}", ctx.t("letter.director")]
    return [
        KeepTogether(
            [
                Spacer(0, 2 * mm),
                blocks.para(ctx.t("letter.regards")),
                blocks.signatures(labels),
                blocks.para(ctx.t("f.stamp"), "small"),
                Spacer(0, 2 * mm),
                blocks.para(ctx.t("letter.copy"), "small"),
            ]
        )
    ]


def _slip(ctx: PrintContext, letter: Letter | None) -> Flowable:
    """The response slip under a cut line; pre-filled from the letter when there is one."""
    return KeepTogether(response_slip(ctx, letter))


def response_slip(ctx: PrintContext, letter: Letter | None) -> list[Flowable]:
    st = styles()
    cut = Table(
        [[Paragraph(f"✂ {'- ' * 6}{blocks.markup(ctx.t('slip.cut'))}{' -' * 6}", st.label)]], colWidths=[CONTENT_WIDTH]
    )
    cut.setStyle(
        blocks.table_style(
            [
                ("LINEABOVE", (0, 0), (-1, -1), 0.6, MUTED, 1, (3, 2)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    out: list[Flowable] = [Spacer(0, 5 * mm), cut, Paragraph(blocks.markup(ctx.t("title.slip")), st.subtitle)]
    if letter is not None:
        referral = letter.referral
        regarding = ctx.t(
            "slip.regarding",
            number=referral.registry_number or "—",
            date=ctx.date(referral.sent_at or ctx.printed_at),
            case=letter.case.number,
        )
        out += [blocks.para(regarding, "bold"), Spacer(0, 2 * mm)]
        responder: list[Flowable] = [
            blocks.para(ctx.t("slip.responder"), "form_label"),
            blocks.para(ctx.institution(letter.institution)),
        ]
    else:
        responder = blocks.form_field(ctx.t("slip.responder"))
    out.append(blocks.side_by_side(responder, blocks.form_field(ctx.t("slip.received"))))
    out += blocks.form_field(ctx.t("slip.actions"), 4)
    out.append(blocks.side_by_side(blocks.form_field(ctx.t("slip.contact")), blocks.form_field(ctx.t("slip.signed"))))
    return out
