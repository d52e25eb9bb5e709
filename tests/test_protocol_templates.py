"""Protocol templates: a new version from an edited copy; existing checklists keep their version."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import ChecklistItem, ProtocolStep
from registry.services.access import AccessDenied
from registry.services.cases import register_case
from registry.services.errors import ValidationError
from registry.services.protocol_templates import StepInput, new_version, template_steps, template_versions
from registry.services.protocols import case_checklist
from registry.services.users import UserInput, create_user
from tests.helpers import new_case


@pytest.fixture
def administrator(sessions: sessionmaker[Session]):
    with transaction(sessions) as session:
        return create_user(
            session, UserInput("edin", "Edin Hasanović", "administrator", "admin password 2026"), actor_id=None
        )


def test_new_version_leaves_existing_checklists_alone(sessions: sessionmaker[Session], administrator) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
    with sessions() as session:
        before = [(item.step_id, item.due_at, item.step.title["en"]) for item in case_checklist(session, case_id)]
        current = template_versions(session)[0]
        steps = template_steps(session, current.id)
    steps[0].title["en"] = "Official note written (revised)"
    steps.append(
        StepInput(
            "follow_up_call",
            {"bs": "Telefonska provjera", "en": "Follow-up call"},
            trigger=f"step:{steps[0].code}",
            deadline_hours=48,
            lead_sectors=["social_welfare"],
        )
    )
    with transaction(sessions) as session:
        added = new_version(session, current.id, steps, actor_id=administrator.id)
        new_id, new_number = added.id, added.version
    assert new_number == current.version + 1
    with sessions() as session:
        after = [(item.step_id, item.due_at, item.step.title["en"]) for item in case_checklist(session, case_id)]
        assert after == before
        old_titles = session.scalars(select(ProtocolStep.title).where(ProtocolStep.template_id == current.id))
        assert "Official note written (revised)" not in [t["en"] for t in old_titles]
        assert len(template_steps(session, new_id)) == len(steps)
        assert (
            session.scalar(select(ChecklistItem.id).join(ProtocolStep).where(ProtocolStep.template_id == new_id))
            is None
        )


def test_validation_and_role(sessions: sessionmaker[Session], administrator, supervisor) -> None:
    with sessions() as session:
        current = template_versions(session)[0]
        steps = template_steps(session, current.id)
    bad = [
        *steps,
        StepInput("Bad Code", {"bs": "", "en": "x"}, trigger="step:later", lead_sectors=["nowhere"], deadline_hours=-1),
    ]
    with pytest.raises(ValidationError) as refused, transaction(sessions) as session:
        new_version(session, current.id, bad, actor_id=administrator.id)
    keys = {problem.key for problem in refused.value.problems}
    assert {
        "protocol.bad_code",
        "protocol.title_required",
        "protocol.bad_trigger_step",
        "protocol.unknown_sector",
        "protocol.bad_number",
    } <= keys
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        new_version(session, current.id, steps, actor_id=supervisor.id)
