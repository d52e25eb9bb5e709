"""Editing protocol templates: a new version from an edited copy of one, for administrators.

A published version is never changed: saving adds version ``max + 1`` of the same code, valid from the given day.
Cases keep the checklist of the version they started under (their items point at that version's steps); new cases
get the version in force on their report day (``protocols.template_in_force``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from registry.models import URGENCIES, ProtocolStep, ProtocolTemplate
from registry.models.protocols import TRIGGERS
from registry.services import audit, lookups
from registry.services.access import require_role
from registry.services.errors import NotFound, Problems
from registry.services.rows import records

#: the languages a step title is kept in (the keys of the template files)
TITLE_LANGUAGES = ("bs", "hr", "sr_latn", "sr_cyrl", "en")
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,59}$")


@dataclass
class StepInput:
    code: str
    title: dict[str, str]
    trigger: str = "registered"
    lead_sectors: list[str] = field(default_factory=list)
    notified_sectors: list[str] = field(default_factory=list)
    deadline_hours: int | None = None
    deadline_by_urgency: dict[str, int] | None = None
    repeat_every_days: int | None = None
    mandatory: bool = True
    legal_basis: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, step: ProtocolStep) -> StepInput:
        return cls(
            step.code,
            dict(step.title),
            step.trigger,
            list(step.lead_sectors),
            list(step.notified_sectors),
            step.deadline_hours,
            dict(step.deadline_by_urgency) if step.deadline_by_urgency else None,
            step.repeat_every_days,
            step.mandatory,
            dict(step.legal_basis or {}),
        )


@dataclass(frozen=True)
class TemplateVersion:
    id: int
    code: str
    version: int
    name: dict[str, Any]
    valid_from: dt.date
    active: bool
    steps: int


def template_versions(session: Session) -> list[TemplateVersion]:
    """Every version of every template, newest version of each code first."""
    counts = select(ProtocolStep.template_id, func.count().label("n")).group_by(ProtocolStep.template_id).subquery()
    rows = session.execute(
        select(
            ProtocolTemplate.id,
            ProtocolTemplate.code,
            ProtocolTemplate.version,
            ProtocolTemplate.name,
            ProtocolTemplate.valid_from,
            ProtocolTemplate.active,
            func.coalesce(counts.c.n, 0).label("steps"),
        )
        .outerjoin(counts, counts.c.template_id == ProtocolTemplate.id)
        .order_by(ProtocolTemplate.code, ProtocolTemplate.version.desc())
    )
    return records(TemplateVersion, rows)


def template_steps(session: Session, template_id: int) -> list[StepInput]:
    template = session.get(ProtocolTemplate, template_id)
    if template is None:
        raise NotFound(what="protocol_template", value=template_id)
    return [StepInput.of(step) for step in template.steps]


def _positive(value: int | None, name: str, problems: Problems, *, zero: bool = False) -> None:
    if value is not None and (value < 0 or (value == 0 and not zero)):
        problems.add(name, "protocol.bad_number", value=value)


def validate_steps(session: Session, steps: list[StepInput]) -> None:
    """Raise ValidationError naming each bad step (``steps.<n>.<field>``)."""
    problems = Problems()
    sectors = set(lookups.codes(session, "sector"))
    if not steps:
        problems.add("steps", "protocol.no_steps")
    seen: set[str] = set()
    for number, step in enumerate(steps, start=1):
        where = f"steps.{number}"
        if not _CODE.match(step.code or ""):
            problems.add(f"{where}.code", "protocol.bad_code", step=number, value=step.code)
        elif step.code in seen:
            problems.add(f"{where}.code", "protocol.duplicate_code", step=number, value=step.code)
        if not (step.title.get("bs") or "").strip() or not (step.title.get("en") or "").strip():
            problems.add(f"{where}.title", "protocol.title_required", step=number)
        for sector in [*step.lead_sectors, *step.notified_sectors]:
            if sector not in sectors:
                problems.add(f"{where}.sector", "protocol.unknown_sector", step=number, value=sector)
        trigger = step.trigger or ""
        if trigger.startswith("step:"):
            if trigger.removeprefix("step:") not in seen:
                problems.add(
                    f"{where}.trigger", "protocol.bad_trigger_step", step=number, value=trigger.removeprefix("step:")
                )
        elif trigger not in TRIGGERS:
            problems.add(f"{where}.trigger", "protocol.bad_trigger", step=number, value=trigger)
        _positive(step.deadline_hours, f"{where}.deadline_hours", problems, zero=True)
        _positive(step.repeat_every_days, f"{where}.repeat_every_days", problems)
        if step.deadline_by_urgency:
            if step.deadline_hours is not None:
                problems.add(f"{where}.deadline_hours", "protocol.two_deadlines", step=number)
            for urgency, hours in step.deadline_by_urgency.items():
                if urgency not in URGENCIES:
                    problems.add(f"{where}.deadline_by_urgency", "protocol.bad_trigger", step=number, value=urgency)
                _positive(hours, f"{where}.deadline_by_urgency", problems, zero=True)
        seen.add(step.code)
    problems.raise_if_any()


def new_version(
    session: Session,
    template_id: int,
    steps: list[StepInput],
    *,
    actor_id: int | None,
    valid_from: dt.date | None = None,
    name: dict[str, Any] | None = None,
) -> ProtocolTemplate:
    """Save ``steps`` as the next version of the template ``template_id`` belongs to (administrators only)."""
    require_role(session, actor_id, "administrator")
    base = session.get(ProtocolTemplate, template_id)
    if base is None:
        raise NotFound(what="protocol_template", value=template_id)
    validate_steps(session, steps)
    latest = session.scalar(select(func.max(ProtocolTemplate.version)).where(ProtocolTemplate.code == base.code))
    template = ProtocolTemplate(
        code=base.code,
        version=(latest or 0) + 1,
        name=dict(name or base.name),
        valid_from=valid_from or dt.date.today(),
        active=True,
        created_by_id=actor_id,
    )
    for number, step in enumerate(steps, start=1):
        template.steps.append(
            ProtocolStep(
                number=number,
                code=step.code,
                title={k: v for k, v in step.title.items() if v},
                lead_sectors=list(step.lead_sectors),
                notified_sectors=list(step.notified_sectors),
                trigger=step.trigger,
                deadline_hours=step.deadline_hours,
                deadline_by_urgency=dict(step.deadline_by_urgency) if step.deadline_by_urgency else None,
                repeat_every_days=step.repeat_every_days,
                legal_basis={k: v for k, v in step.legal_basis.items() if v},
                mandatory=step.mandatory,
            )
        )
    session.add(template)
    session.flush()
    audit.record(
        session,
        "protocol.new_version",
        user_id=actor_id,
        entity="protocol_template",
        entity_id=template.id,
        details={"code": template.code, "version": template.version, "from": base.version},
    )
    return template


__all__ = [
    "TITLE_LANGUAGES",
    "StepInput",
    "TemplateVersion",
    "new_version",
    "template_steps",
    "template_versions",
    "validate_steps",
]
