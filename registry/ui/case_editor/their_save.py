"""The case editor's side of a save that met someone else's newer save (``CaseEditorPage`` inherits it).

Their version is read and put under the user's input (so the form's "what was shown" is theirs, and only what the
user changed is sent); ``services.save_conflicts`` works out what differs; the dialog (``conflict``) asks keep mine,
take theirs or field by field; the answer is saved over their version with the page's ordinary save, audited.
Until the user has answered, the input stays in the form and Save asks again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from registry.services.case_view import CaseView
from registry.services.save_conflicts import MINE, SaveConflict, Side, find_conflict
from registry.ui.case_editor.conflict import SaveConflictDialog
from registry.ui.case_editor.data import EditorData, load_editor_data
from registry.ui.case_editor.form import CaseForm
from registry.ui.context import AppContext

translate = QCoreApplication.translate


class TheirSave:
    """Mixed into the page: the attributes below are the page's."""

    ctx: AppContext
    form: CaseForm
    view: CaseView | None
    case_id: int | None
    stale: bool
    loading: bool
    _shown: dict[str, object]
    _filling: bool
    #: a save that met someone else's newer save and waits for the user's answer: (conflict, their values)
    pending_conflict: tuple[SaveConflict, dict[str, object]] | None = None
    conflict_dialog: SaveConflictDialog | None = None

    if TYPE_CHECKING:  # the page's own methods

        def _show(self, data: EditorData, *, keep_form: bool) -> None: ...
        def _fill_form(self, view: CaseView) -> None: ...
        def _changed(self, *_args: object) -> None: ...
        def _load_failed(self, case_id: int, error: BaseException) -> None: ...
        def say(self, text: str, *, error: bool = False) -> None: ...
        def save(
            self,
            then: Callable[[], object] | None = None,
            *,
            resolution: tuple[SaveConflict, dict[str, Side], str] | None = None,
        ) -> None: ...

    def _field_names(self) -> Iterator[str]:
        return (binding.name for binding in self.form)

    def _put(self, values: dict[str, object]) -> None:
        """Show ``values`` in the form as the user's own input (the form stays unsaved)."""
        self._filling = True
        try:
            self.form.put(values)
        finally:
            self._filling = False
        self._changed()

    def _meet_their_save(self) -> None:
        """Read their version, put it under the user's input, and ask whose values stay."""
        if self.case_id is None:
            return
        base, mine = dict(self._shown), self.form.values()
        user_id, case_id = self.ctx.user.id, self.case_id
        self.loading = True
        self.ctx.ops.read(
            lambda session: load_editor_data(session, case_id, actor_id=user_id, audit=False),
            owner=self if isinstance(self, QObject) else None,
            success=lambda data: self._compare(data, base, mine),
            failure=lambda error: self._load_failed(case_id, error),
        )

    def _compare(self, data: EditorData, base: dict[str, object], mine: dict[str, object]) -> None:
        self._show(data, keep_form=False)  # their version is now what the form was filled with
        theirs = dict(self._shown)
        assert self.view is not None
        conflict = find_conflict(self.view.id, self.view.version, base, mine, theirs, self._field_names())
        if not conflict.mine_changed:  # they saved what this user typed (or this user changed nothing)
            self.say(
                translate(
                    "CaseEditor",
                    "Someone else saved this case in the meantime; the form shows their "
                    "version, which already has your changes.",
                )
            )
            return
        self._put(mine)
        self.stale = True
        self.pending_conflict = (conflict, theirs)
        self._ask_conflict()

    def _ask_conflict(self) -> None:
        if self.pending_conflict is None:
            return
        if self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            return
        parent = self if isinstance(self, QWidget) else None
        dialog = SaveConflictDialog(self.pending_conflict[0], self.form, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._resolve)
        self.conflict_dialog = dialog
        dialog.open()

    def _resolve(self, resolution: str, chosen: dict[str, Side]) -> None:
        """Act on the answer: theirs is shown; or mine (all, or the rows chosen) is saved over their version."""
        self.conflict_dialog = None
        if self.pending_conflict is None:
            return
        conflict, theirs = self.pending_conflict
        if resolution == "theirs":
            self.pending_conflict = None
            self.stale = False
            assert self.view is not None
            self._fill_form(self.view)
            self.say(translate("CaseEditor", "The form shows their version; your changes were dropped."))
            return
        choices = conflict.choices("mine" if resolution == "mine" else "fields", chosen)
        self._put(conflict.merged(theirs, choices))
        if MINE not in choices.values():
            self.pending_conflict = None
            self.stale = False
            self.say(translate("CaseEditor", "The form shows their version; your changes were dropped."))
            return
        self.save(resolution=(conflict, choices, "keep_mine" if resolution == "mine" else "field_by_field"))
