"""Protocol templates page: versions and steps, a new version from an edited copy, validation shown, and the
checklist of an existing case unchanged afterwards."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from registry.services.protocol_templates import template_steps, template_versions
from registry.services.protocols import case_checklist
from registry.ui.protocol_templates import ProtocolTemplatesPage
from tests.ui.conftest import register, type_text


def _page(qtbot, ctx) -> ProtocolTemplatesPage:
    page = ProtocolTemplatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.steps.rowCount() > 0, timeout=10_000)
    return page


def test_new_version_from_the_current_one(
    qtbot, qtmodeltester, make_ctx, admin, worker, sessions: sessionmaker[Session]
) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić")
    with sessions() as session:
        before = [(item.step_id, item.due_at) for item in case_checklist(session, case_id)]
    page = _page(qtbot, make_ctx(admin))
    qtmodeltester.check(page.versions, force_py=True)
    qtmodeltester.check(page.steps, force_py=True)
    original = page.versions.row_at(0)
    count = page.steps.rowCount()
    page.new_button.click()
    assert page.draft is not None and page.form.isVisible()
    page.form.titles.edits["en"].clear()
    type_text(page.form.titles.edits["en"], "Official note written — revised")
    page.add_button.click()
    assert page.steps.rowCount() == count + 1
    page.form.code.clear()
    type_text(page.form.code, "follow_up_call")
    type_text(page.form.titles.edits["bs"], "Telefonska provjera stanja djeteta")
    type_text(page.form.titles.edits["en"], "Follow-up call about the child")
    page.form.trigger.setCurrentIndex(page.form.trigger.findData("step:official_note"))
    page.form.deadline_mode.setCurrentIndex(page.form.deadline_mode.findData("hours"))
    page.form.hours.setValue(48)
    page.save_button.click()
    qtbot.waitUntil(
        lambda: page.draft is None and not page.loading and page.versions.row_at(0).version == original.version + 1,
        timeout=10_000,
    )
    with sessions() as session:
        newest = template_versions(session)[0]
        steps = template_steps(session, newest.id)
        assert steps[0].title["en"] == "Official note written — revised"
        assert (steps[-1].code, steps[-1].trigger, steps[-1].deadline_hours) == (
            "follow_up_call",
            "step:official_note",
            48,
        )
        assert template_steps(session, original.id)[0].title["en"] != "Official note written — revised"
        after = [(item.step_id, item.due_at) for item in case_checklist(session, case_id)]
    assert after == before  # the existing case keeps its version's checklist


def test_a_step_without_title_is_refused_and_the_draft_kept(qtbot, make_ctx, admin) -> None:
    page = _page(qtbot, make_ctx(admin))
    page.new_button.click()
    page.add_button.click()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10_000)
    assert "title" in page.message.text().lower() and page.draft is not None
    page.discard_button.click()
    assert page.draft is None and not page.form.isVisible()
