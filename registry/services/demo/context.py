"""What the demo generator reads from the database before it starts: plain values, so that a helper process can
generate from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from registry.i18n.transliteration import to_cyrillic
from registry.models import Case, CaseNumberSequence, Centre, Institution, User
from registry.services import lookups
from registry.services.dates import LOCAL_TZ
from registry.services.demo.data import _STAFF
from registry.services.demo.pools import _EPOCH, _ID_TABLES, _TABLES, _step_plans, _StepPlan
from registry.services.protocols import template_in_force


@dataclass(frozen=True)
class _Context:
    """Everything read from the database up front: plain values, so a helper process can generate from it."""

    seed: int
    total: int
    anchor: int
    prefix: str
    number_format: str
    municipality: tuple[str, str]
    template_id: int
    steps: tuple[_StepPlan, ...]
    workers: tuple[int, ...]
    supervisors: tuple[int, ...]
    institutions: tuple[tuple[int, str], ...]
    codes: dict[str, list[str]]
    sequences: dict[int, int]
    first_ids: dict[str, int]


def _read_context(session: Session, *, seed: int, total: int, anchor: dt.datetime) -> _Context:
    centre = session.scalars(select(Centre).limit(1)).one()
    template = template_in_force(session, "default", anchor.astimezone(LOCAL_TZ).date())
    if template is None:
        raise ValueError("no protocol template: initialise the database first")
    staff = dict(session.execute(select(User.username, User.id)).all())
    sequences = dict(
        session.execute(
            select(CaseNumberSequence.year, CaseNumberSequence.last_value).where(
                CaseNumberSequence.prefix == centre.case_prefix
            )
        ).all()
    )
    for year, used in session.execute(select(Case.year, func.max(Case.sequence)).group_by(Case.year)):
        sequences[year] = max(sequences.get(year, 0), used or 0)  # numbers imported without the counter
    first_ids = {}
    for spec in _TABLES:
        if spec.name in _ID_TABLES:
            first_ids[spec.name] = (session.scalar(select(func.max(spec.model.id))) or 0) + 1
    return _Context(
        seed=seed,
        total=max(total, 1),
        anchor=int((anchor - _EPOCH).total_seconds()),
        prefix=centre.case_prefix,
        number_format=centre.case_number_format,
        municipality=(centre.municipality_name, centre.municipality_name_cyrl or to_cyrillic(centre.municipality_name)),
        template_id=template.id,
        steps=_step_plans(template.steps),
        workers=tuple(staff[name] for name, _, role, _ in _STAFF if role == "worker"),
        supervisors=tuple(staff[name] for name, _, role, _ in _STAFF if role == "supervisor"),
        institutions=tuple(
            session.execute(
                select(Institution.id, Institution.sector).where(Institution.active).order_by(Institution.id)
            )
        ),
        codes={
            kind: lookups.codes(session, kind)
            for kind in ("violence_form", "referral_source", "closure_reason", "household_role", "measure")
        },
        sequences=sequences,
        first_ids=first_ids,
    )
