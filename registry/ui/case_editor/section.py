"""What a section of the case editor is, and what it may ask of the page that holds it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy.orm import Session

from registry.services.case_view import CaseFile, CaseView, InstitutionView
from registry.ui.case_editor.form import CaseForm
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessages

#: a job on the case: (session, case id, user id) -> anything; run by the ops layer off the GUI thread
CaseJob = Callable[[Session, int, int], object]


class EditorHost(Protocol):
    """The page, as its sections see it."""

    ctx: AppContext
    form: CaseForm
    file: CaseFile | None
    view: CaseView | None
    case_id: int | None
    #: the active institutions a referral may be logged for
    institutions: list[InstitutionView]

    @property
    def dirty(self) -> bool: ...

    def act(
        self,
        job: CaseJob,
        messages: FieldMessages | None,
        done: str,
        *,
        needs_saved: bool = False,
        cleared: tuple[QWidget, ...] = (),
        failed: Callable[[BaseException], bool] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Run ``job`` on the open case; on success say ``done``, clear ``cleared``, call ``then`` and read the case
        again; a refusal goes under its fields in ``messages`` (or the banner). ``needs_saved``: refuse while
        unsaved."""

    def show_history(self, parent: QWidget, title: str, entity: str, record_id: int) -> QWidget:
        """A record's history (each correction, before and after, and reasons) in a window of its own."""

    def selected_record(self, widget: QWidget, what: str) -> int | None:
        """The id of the record selected in ``widget``; None (and the user is told) when there is none."""

    def say(self, text: str, *, error: bool = False) -> None:
        """A message in the banner over the sections."""

    def ask_text(self, parent: QWidget, title: str, label: str) -> str | None: ...

    def print_preview(
        self, title: str, document: str, subject_id: int, *, referral_id: int | None = None, file_name: str
    ) -> QWidget:
        """Preview a printout of the open case (or of one referral of it)."""


class Section(QWidget):
    """One section of the case editor: it owns its widgets (form fields it declares on ``host.form``, lists of
    records, the little forms that add them) and its actions, and shows each case file it is given."""

    #: in the section list on the left
    title = ""
    #: a long section scrolls inside the page
    scrolls = True

    def __init__(self, host: EditorHost) -> None:
        super().__init__()
        self.host = host
        self.ctx = host.ctx

    def show_case(self, file: CaseFile) -> None:
        """Show ``file`` (lists, states, buttons); the form's fields are filled by the page."""

    def action_buttons(self) -> list[QPushButton]:
        """The buttons that change the case (hidden for a user who only reads)."""
        return []
