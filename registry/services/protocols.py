"""Protocol checklists: each case follows the template version it started under, with due dates from triggers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload

from registry.models import Case, ChecklistItem, ProtocolStep, ProtocolTemplate
from registry.services.changes import (
    UNSET,
    Check,
    Diff,
    Maybe,
    apply_changes,
    checked,
    flush_or_stale,
    given,
    record_update,
)
from registry.services.errors import NotFound, Problems, StaleRecord, TransitionRefused
from registry.services.rows import records
from registry.services.validation import TEXT_MAX, check_past_moment, clean_text


def template_in_force(session: Session, code: str, on: dt.date) -> ProtocolTemplate | None:
    """The newest active version of template ``code`` valid on the given day (the oldest if none is yet)."""
    query = select(ProtocolTemplate).where(ProtocolTemplate.code == code, ProtocolTemplate.active.is_(True))
    valid = session.scalar(query.where(ProtocolTemplate.valid_from <= on).order_by(ProtocolTemplate.version.desc()))
    return valid or session.scalar(query.order_by(ProtocolTemplate.version))


def _trigger_moment(case: Case, step: ProtocolStep, done_by_code: dict[str, dt.datetime | None]) -> dt.datetime | None:
    if step.trigger == "report_received":
        return case.report_received_at
    if step.trigger == "registered":
        return case.registered_at
    if step.trigger == "plan_approved":
        return case.plan_approved_at
    if step.trigger.startswith("step:"):
        return done_by_code.get(step.trigger.removeprefix("step:"))
    raise ValueError(f"unknown trigger {step.trigger!r}")


#: what "immediately" gives a worker: a step due the moment a report arrives (deadline 0, such as writing the
#: official note) is due this long after the case is registered, not already overdue when it is registered
IMMEDIATE_STEP_TIME = dt.timedelta(hours=24)


def due_on_registering(step: ProtocolStep) -> bool:
    """A step due "immediately" on the report or the registration (deadline 0, no urgency bands)."""
    return (
        step.trigger in ("report_received", "registered") and step.deadline_hours == 0 and not step.deadline_by_urgency
    )


def first_due(case: Case, step: ProtocolStep, done_by_code: dict[str, dt.datetime | None]) -> dt.datetime | None:
    """When the first occurrence of a step falls due; None while its trigger has not happened or it has no deadline."""
    start = _trigger_moment(case, step, done_by_code)
    if start is None:
        return None
    if due_on_registering(step) and case.registered_at is not None:
        return max(start, case.registered_at) + IMMEDIATE_STEP_TIME
    if step.deadline_by_urgency:
        hours = step.deadline_by_urgency.get(case.urgency)
        return None if hours is None else start + dt.timedelta(hours=int(hours))
    if step.deadline_hours is not None:
        return start + dt.timedelta(hours=step.deadline_hours)
    if step.repeat_every_days:
        return start + dt.timedelta(days=step.repeat_every_days)
    return None


def instantiate_checklist(session: Session, case: Case, template: ProtocolTemplate) -> list[ChecklistItem]:
    """One item per step of the template, due dates computed from what the case already knows."""
    case.protocol_template_id = template.id
    items = [ChecklistItem(case_id=case.id, step=step, step_id=step.id, occurrence=1) for step in template.steps]
    session.add_all(items)
    _recompute(case, items)
    return items


def _done_by_code(items: list[ChecklistItem]) -> dict[str, dt.datetime | None]:
    return {item.step.code: item.done_at for item in items if item.occurrence == 1}


def _recompute(case: Case, items: list[ChecklistItem]) -> None:
    done = _done_by_code(items)
    for item in items:
        if item.done_at is None and not item.not_applicable and item.occurrence == 1:
            item.due_at = first_due(case, item.step, done)


def case_checklist(session: Session, case_id: int) -> list[ChecklistItem]:
    query = (
        select(ChecklistItem)
        .join(ChecklistItem.step)
        .where(ChecklistItem.case_id == case_id)
        .options(selectinload(ChecklistItem.step))
        .order_by(ProtocolStep.number, ChecklistItem.occurrence)
    )
    return list(session.scalars(query))


def refresh_due_dates(session: Session, case: Case) -> None:
    """Recompute open items' due dates after a trigger moved (urgency changed, plan approved, step done)."""
    _recompute(case, case_checklist(session, case.id))


def _open_item(session: Session, item_id: int, expected_version: int | None, actor_id: int | None) -> ChecklistItem:
    from registry.services.access import require_case

    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFound(what="checklist_item", value=item_id)
    require_case(session, actor_id, item.case_id, write=True)
    if expected_version is not None and item.version != expected_version:
        raise StaleRecord(what=item.step.code)
    if item.done_at is not None or item.not_applicable:
        raise TransitionRefused("checklist.already_closed")
    return item


def complete_step(
    session: Session,
    item_id: int,
    *,
    actor_id: int | None,
    done_at: dt.datetime | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> ChecklistItem:
    """Mark a step done; a recurring step gets its next occurrence, and steps triggered by this one get due dates."""
    problems = Problems()
    item = _open_item(session, item_id, expected_version, actor_id)
    code = item.step.code  # read now: loading it later would flush the change first, outside flush_or_stale
    when = check_past_moment(done_at or dt.datetime.now(dt.UTC), "done_at", problems)
    note = clean_text(note, "text", problems, max_length=TEXT_MAX, multiline=True)
    problems.raise_if_any()
    diff = apply_changes(item, {"done_at": when, "done_by_id": actor_id, "note": note})
    flush_or_stale(session, code)  # someone else closed or reopened it meanwhile: refused, not lost
    case = session.get_one(Case, item.case_id)
    if item.step.repeat_every_days and case.status != "closed" and when is not None:
        session.add(
            ChecklistItem(
                case_id=case.id,
                step=item.step,
                step_id=item.step_id,
                occurrence=item.occurrence + 1,
                due_at=when + dt.timedelta(days=item.step.repeat_every_days),
            )
        )
    flush_or_stale(session, code)
    refresh_due_dates(session, case)
    flush_or_stale(session, code)  # the steps it triggers: someone may have changed them meanwhile
    _record_step(session, "checklist.done", item, diff, actor_id)
    return item


def _record_step(
    session: Session, action: str, item: ChecklistItem, diff: Diff, actor_id: int | None, **details: object
) -> None:
    """One audit event for a step closed or reopened: which step (code and occurrence), each field before/after."""
    from registry.services import audit

    diff = {name: values for name, values in diff.items() if name != "done_by_id"}  # the event names the actor
    audit.record(
        session,
        action,
        user_id=actor_id,
        entity="checklist_item",
        entity_id=item.id,
        case_id=item.case_id,
        details={"changes": diff, "step": item.step.code, "occurrence": item.occurrence, **details},
    )


def mark_not_applicable(
    session: Session, item_id: int, *, actor_id: int | None, reason: str, expected_version: int | None = None
) -> ChecklistItem:
    problems = Problems()
    item = _open_item(session, item_id, expected_version, actor_id)
    code = item.step.code
    reason = clean_text(reason, "not_applicable_reason", problems, max_length=TEXT_MAX, multiline=True)
    if not reason:
        problems.add("not_applicable_reason", "checklist.reason_required")
    problems.raise_if_any()
    diff = apply_changes(
        item,
        {
            "not_applicable": True,
            "not_applicable_reason": reason,
            "done_by_id": actor_id,
            "done_at": dt.datetime.now(dt.UTC),
        },
    )
    flush_or_stale(session, code)
    refresh_due_dates(session, session.get_one(Case, item.case_id))
    flush_or_stale(session, code)
    _record_step(session, "checklist.not_applicable", item, diff, actor_id)
    return item


def reopen_step(
    session: Session, item_id: int, *, reason: str, actor_id: int | None, expected_version: int | None = None
) -> ChecklistItem:
    """Open again a step marked done or not applicable by mistake; the reason and what was recorded stay in the
    audit trail. The next occurrence a recurring step got when it was done goes too while nothing is recorded on it,
    and the steps it triggered wait for it again."""
    from registry.services.access import require_case

    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFound(what="checklist_item", value=item_id)
    require_case(session, actor_id, item.case_id, write=True)
    if expected_version is not None and item.version != expected_version:
        raise StaleRecord(what=item.step.code)
    if item.done_at is None and not item.not_applicable:
        raise TransitionRefused("checklist.nothing_to_reopen")
    code = item.step.code
    problems = Problems()
    why = clean_text(reason, "reason", problems, max_length=TEXT_MAX, multiline=True, required=True)
    problems.raise_if_any()
    following = session.scalar(
        select(ChecklistItem).where(
            ChecklistItem.case_id == item.case_id,
            ChecklistItem.step_id == item.step_id,
            ChecklistItem.occurrence == item.occurrence + 1,
        )
    )
    removed = None
    if following is not None:
        if following.done_at is not None or following.not_applicable:
            raise TransitionRefused("checklist.later_occurrence_closed")
        removed = following.occurrence
        session.delete(following)
    diff = apply_changes(
        item, {"done_at": None, "done_by_id": None, "not_applicable": False, "not_applicable_reason": ""}
    )
    flush_or_stale(session, code)
    refresh_due_dates(session, session.get_one(Case, item.case_id))
    flush_or_stale(session, code)
    extra: dict[str, object] = {"reason": why}
    if removed is not None:
        extra["removed_occurrence"] = removed
    _record_step(session, "checklist.reopen", item, diff, actor_id, **extra)
    return item


@dataclass
class StepChanges:
    """A correction of what was recorded when a step was closed: its note and when it was done (a done step), or
    the reason it does not apply (a step marked not applicable)."""

    note: Maybe[str] = UNSET
    done_at: Maybe[dt.datetime] = UNSET
    not_applicable_reason: Maybe[str] = UNSET


def update_checklist_step(
    session: Session, item_id: int, changes: StepChanges, *, actor_id: int | None, expected_version: int | None = None
) -> ChecklistItem:
    """Correct a closed step; a moved completion moves the due dates of the steps it triggers."""
    from registry.services.access import require_case

    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFound(what="checklist_item", value=item_id)
    require_case(session, actor_id, item.case_id, write=True)
    if expected_version is not None and item.version != expected_version:
        raise StaleRecord(what=item.step.code)
    if item.done_at is None and not item.not_applicable:
        raise TransitionRefused("checklist.still_open")
    code = item.step.code

    def done_at(value: dt.datetime | None, problems: Problems) -> dt.datetime | None:
        if item.not_applicable:
            problems.add("done_at", "checklist.done_at_not_applicable")
        return check_past_moment(value, "done_at", problems, required=True)

    def reason(value: str, problems: Problems) -> str:
        if not item.not_applicable:
            problems.add("not_applicable_reason", "checklist.reason_only_not_applicable")
        text = clean_text(value, "not_applicable_reason", problems, max_length=TEXT_MAX, multiline=True)
        if not text:
            problems.add("not_applicable_reason", "checklist.reason_required")
        return text

    checks: dict[str, Check] = {
        "note": lambda value, problems: clean_text(value, "text", problems, max_length=TEXT_MAX, multiline=True),
        "done_at": done_at,
        "not_applicable_reason": reason,
    }
    problems = Problems()
    values = checked(given(changes), checks, problems)
    problems.raise_if_any()
    diff = apply_changes(item, values)
    flush_or_stale(session, code)
    if "done_at" in diff:
        refresh_due_dates(session, session.get_one(Case, item.case_id))
        flush_or_stale(session, code)
    record_update(
        session,
        "checklist.update",
        diff,
        entity="checklist_item",
        record_id=item.id,
        case_id=item.case_id,
        actor_id=actor_id,
    )
    return item


def open_mandatory_steps(session: Session, case_id: int) -> list[ChecklistItem]:
    """Mandatory steps neither done nor marked not applicable (the next occurrence of a recurring step excepted)."""
    return [
        item
        for item in case_checklist(session, case_id)
        if item.step.mandatory
        and item.done_at is None
        and not item.not_applicable
        and not (item.step.repeat_every_days and item.occurrence > 1)
    ]


@dataclass(frozen=True)
class OverdueStep:
    item_id: int
    case_id: int
    case_number: str
    step_number: int
    step_code: str
    step_title: dict[str, str]
    due_at: dt.datetime
    lead_worker_id: int | None


def overdue_steps(
    session: Session, *, now: dt.datetime | None = None, lead_worker_id: int | None = None, limit: int = 500
) -> list[OverdueStep]:
    """Open steps past their due date on cases that are not closed, the longest overdue first."""
    moment = now or dt.datetime.now(dt.UTC)
    query = (
        select(
            ChecklistItem.id.label("item_id"),
            Case.id.label("case_id"),
            Case.number.label("case_number"),
            ProtocolStep.number.label("step_number"),
            ProtocolStep.code.label("step_code"),
            ProtocolStep.title.label("step_title"),
            ChecklistItem.due_at,
            Case.lead_worker_id,
        )
        .join(Case, Case.id == ChecklistItem.case_id)
        .join(ProtocolStep, ProtocolStep.id == ChecklistItem.step_id)
        .where(
            ChecklistItem.done_at.is_(None),
            ChecklistItem.not_applicable.is_(False),
            ChecklistItem.due_at < moment,
            Case.status != "closed",
        )
        .order_by(ChecklistItem.due_at, ChecklistItem.id)
        .limit(limit)
    )
    if lead_worker_id is not None:
        query = query.where(Case.lead_worker_id == lead_worker_id)
    return records(OverdueStep, session.execute(query))


def count_overdue_by_case(session: Session, case_ids: list[int], now: dt.datetime | None = None) -> dict[int, int]:
    moment = now or dt.datetime.now(dt.UTC)
    rows = session.execute(
        select(ChecklistItem.case_id, func.count())
        .where(
            and_(
                ChecklistItem.case_id.in_(case_ids),
                ChecklistItem.done_at.is_(None),
                ChecklistItem.not_applicable.is_(False),
                ChecklistItem.due_at < moment,
            )
        )
        .group_by(ChecklistItem.case_id)
    )
    return {case_id: count for case_id, count in rows}
