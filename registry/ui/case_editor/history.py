"""A record's history as the case editor shows it (``CaseEditorPage`` inherits it): choosing the record in its
section's list, opening the history window (itself an audited read), and the audit trail's actions and values
in the user's words: labels for codes, institution names, yes/no and local dates, never raw keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QWidget

from registry import i18n
from registry.services.case_view import CaseFile, InstitutionView
from registry.services.record_history import record_history
from registry.ui.case_editor.corrections import FIELD_LOOKUPS, HistoryDialog, action_words, moment_text
from registry.ui.case_editor.referrals import referral_state
from registry.ui.case_editor.widgets import selected_key
from registry.ui.context import AppContext, institution_name

translate = QCoreApplication.translate


class ShowsHistory:
    """Mixed into the page: the attributes below are the page's."""

    ctx: AppContext
    case_id: int | None
    file: CaseFile | None
    institutions: list[InstitutionView]
    last_history: QWidget | None

    if TYPE_CHECKING:  # the page's own methods

        def say(self, text: str, *, error: bool = False) -> None: ...
        def report_failure(self, error: BaseException) -> None: ...

    def selected_record(self, widget: QWidget, what: str) -> int | None:
        key = selected_key(widget) if isinstance(widget, QTreeWidget) else None
        if key is None:
            self.say(translate("Corrections", "Select %1 in the list first.").replace("%1", what), error=True)
            return None
        return int(key)  # type: ignore[call-overload]

    def show_history(self, parent: QWidget, title: str, entity: str, record_id: int) -> QWidget:
        dialog = HistoryDialog(title, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        case_id, user_id = self.case_id, self.ctx.user.id
        assert case_id is not None
        # a write: opening a record's history is itself recorded in the audit trail
        self.ctx.ops.write(
            lambda session: record_history(session, case_id, entity, record_id, actor_id=user_id),
            owner=dialog,
            success=lambda entries: dialog.show_entries(entries, self._action_words, self._history_value),
            failure=self.report_failure,
        )
        dialog.show()
        self.last_history = dialog
        return dialog

    def _action_words(self, action: str) -> str:
        words = action_words(action)
        if words is not None:
            return words
        key = f"audit.action.{action}"
        return i18n.text(key, self.ctx.language) if i18n.has(key) else translate("Corrections", "Changed")

    def _history_value(self, name: str, value: object) -> str:
        """A value the audit trail kept, as the user reads it: labels for codes, names, yes/no, local dates."""
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return translate("CaseEditor", "yes") if value else translate("Corrections", "no")
        if name == "status":
            return referral_state(str(value))
        if name in ("institution_id", "decided_by_institution_id"):
            known = {item.id: item for item in self.institutions}
            if self.file is not None:
                known.update(self.file.institutions)
            found = known.get(value)  # type: ignore[call-overload]
            return institution_name(found.name, found.name_cyrl, self.ctx.language) if found else str(value)
        kind = FIELD_LOOKUPS.get(name)
        if isinstance(value, list):
            return ", ".join(self.ctx.reference.label(kind, str(item)) if kind else str(item) for item in value)
        if kind:
            return self.ctx.reference.label(kind, str(value))
        return moment_text(value)
