"""Blank forms for filling in by hand: a referral form and an official note (službena zabilješka)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from registry.printing import blocks
from registry.printing.context import PrintContext
from registry.printing.document import Section
from registry.printing.letters import response_slip

FORMS = ("referral", "note")


def _codes(ctx: PrintContext, kind: str) -> list[str]:
    from registry.services.lookups import codes

    return [ctx.label(kind, code) for code in codes(ctx.session, kind)]


def _number_and_date(ctx: PrintContext) -> Flowable:
    """Two short fields side by side: registry number and date."""
    return blocks.side_by_side(blocks.form_field(ctx.t("f.registry_number")), blocks.form_field(ctx.t("f.date")))


def _child_label(ctx: PrintContext) -> str:
    details = ", ".join(_lower_first(ctx.t(key)) for key in ("f.name", "f.birth_date", "f.jmbg", "f.address"))
    return f"{ctx.t('blank.child')} ({details})"


def _lower_first(text: str) -> str:
    """ "Datum rođenja" → "datum rođenja" inside a sentence; abbreviations such as JMBG stay as they are."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def blank_section(ctx: PrintContext, form: str) -> Section:
    if form == "referral":
        return _referral(ctx)
    if form == "note":
        return _note(ctx)
    raise ValueError(f"unknown blank form {form!r}; expected one of {FORMS}")


def _referral(ctx: PrintContext) -> Section:
    title = ctx.t("title.referral")
    story: list[Flowable] = [
        *blocks.title(title),
        blocks.note(ctx.t("blank.fill_hint")),
        Spacer(0, 2 * mm),
        _number_and_date(ctx),
    ]
    story += blocks.form_field(ctx.t("blank.addressee"), 2)
    story += blocks.choices(ctx.t("blank.sector"), _codes(ctx, "sector"))
    story += blocks.choices(ctx.t("blank.urgency"), _codes(ctx, "urgency"))
    story += blocks.form_field(_child_label(ctx), 2)
    story += blocks.form_field(ctx.t("blank.parent"), 2)
    story += blocks.choices(ctx.t("f.violence_forms"), _codes(ctx, "violence_form"))
    story += blocks.form_field(ctx.t("blank.reason"), 6)
    story += blocks.form_field(ctx.t("blank.request"), 4)
    story += blocks.form_field(ctx.t("blank.deadline"))
    story += blocks.choices(ctx.t("blank.consent"), [ctx.t("yes"), ctx.t("no")])
    story += blocks.form_field(ctx.t("letter.contact"))
    story.append(
        KeepTogether(
            [
                Spacer(0, 2 * mm),
                blocks.signatures([ctx.t("letter.worker"), ctx.t("letter.director")]),
                blocks.para(ctx.t("f.stamp"), "small"),
            ]
        )
    )
    story.append(KeepTogether(response_slip(ctx, None)))
    return Section(title, "", story, blank=True)


def _note(ctx: PrintContext) -> Section:
    title = ctx.t("title.note")
    story: list[Flowable] = [
        *blocks.title(title),
        blocks.note(ctx.t("blank.fill_hint")),
        Spacer(0, 2 * mm),
        _number_and_date(ctx),
    ]
    story += blocks.form_field(ctx.t("blank.place_time"))
    story += blocks.form_field(ctx.t("blank.author"), 2)
    story += blocks.form_field(ctx.t("blank.present"), 2)
    story += blocks.form_field(_child_label(ctx), 2)
    story += blocks.form_field(ctx.t("blank.parent"), 2)
    story += blocks.choices(
        ctx.t("blank.how_learned"), [ctx.t(f"blank.learned.{key}") for key in ("observed", "child", "third", "other")]
    )
    story += blocks.form_field(ctx.t("blank.event"), 10)
    story += blocks.form_field(ctx.t("blank.child_statement"), 4)
    story += blocks.choices(ctx.t("f.violence_forms"), _codes(ctx, "violence_form"))
    story += blocks.form_field(ctx.t("blank.actions"), 4)
    story += blocks.choices(ctx.t("blank.informed"), _codes(ctx, "sector"))
    story += [blocks.WritingLines(2), Spacer(0, 2 * mm)]
    story.append(
        KeepTogether(
            [
                Spacer(0, 2 * mm),
                blocks.signatures([ctx.t("blank.official"), ctx.t("blank.received_by")], date_label=ctx.t("f.date")),
            ]
        )
    )
    return Section(title, "", story, blank=True)
