"""Deciding what a save that met someone else's newer save keeps (services.save_conflicts, no Qt)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from registry.db import transaction
from registry.models import AuditEvent
from registry.services.audit import verify_chain
from registry.services.cases import register_case
from registry.services.save_conflicts import find_conflict, record_resolution
from tests.helpers import new_case

BASE = {"plan": "A", "phone": "1", "school": "OŠ 1", "risk_level": "low"}


def _conflict():
    mine = {**BASE, "plan": "mine", "phone": "2"}  # I changed the plan and the phone
    theirs = {**BASE, "plan": "theirs", "school": "OŠ 2"}  # they changed the plan and the school
    return find_conflict(7, 4, BASE, mine, theirs, ["plan", "phone", "school", "risk_level"]), theirs


def test_only_a_field_both_changed_is_a_clash_and_the_changer_is_proposed() -> None:
    conflict, _theirs = _conflict()
    assert [item.name for item in conflict.differences] == ["plan", "phone", "school"]  # risk level: equal
    assert [item.name for item in conflict.clashes] == ["plan"]
    assert {item.name: item.default for item in conflict.differences} == {
        "plan": "mine",
        "phone": "mine",
        "school": "theirs",
    }


def test_keep_mine_takes_every_field_i_changed_and_theirs_elsewhere() -> None:
    conflict, theirs = _conflict()
    choices = conflict.choices("mine")
    assert choices == {"plan": "mine", "phone": "mine", "school": "theirs"}
    assert conflict.merged(theirs, choices) == {"plan": "mine", "phone": "2", "school": "OŠ 2", "risk_level": "low"}


def test_field_by_field_takes_each_choice_and_the_default_for_the_rest() -> None:
    conflict, theirs = _conflict()
    choices = conflict.choices("fields", {"plan": "theirs"})
    assert conflict.merged(theirs, choices) == {"plan": "theirs", "phone": "2", "school": "OŠ 2", "risk_level": "low"}
    with pytest.raises(ValueError):
        conflict.choices("fields", {"risk_level": "mine"})  # not a differing field


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    same = {**BASE, "plan": "same"}
    assert find_conflict(1, 2, BASE, same, dict(same)).differences == []


def test_the_resolution_is_in_the_audit_trail_and_the_chain_holds(sessions, worker) -> None:
    conflict, _theirs = _conflict()
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=worker.id).case.id
        conflict = find_conflict(case_id, 1, BASE, {**BASE, "plan": "x"}, {**BASE, "school": "y"})
        record_resolution(session, conflict, conflict.choices("mine"), resolution="keep_mine", actor_id=worker.id)
    with sessions() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "case.save_conflict")).one()
        assert (event.user_id, event.case_id) == (worker.id, case_id)
        assert event.details == {
            "resolution": "keep_mine",
            "over_version": 1,
            "kept_mine": ["plan"],
            "kept_theirs": ["school"],
        }
        assert verify_chain(session).ok
