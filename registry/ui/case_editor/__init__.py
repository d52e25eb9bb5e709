"""The case editor: one case in sections (child and household, report and incidents, assessment and plan,
referrals, protocol checklist, measures, notes and conferences, consents, closure).

It is a page of the main window ("Case" in the navigation): ``window.open_case(case_id)`` shows it with that case.

The rooms of the package:

    page        CaseEditorPage: opening a case, saving its form, leaving it (unsaved changes), the banner, and
                ``act`` which runs a section's action through the ops layer
    form        CaseForm: the case's own fields as one typed form (a binding per field), filled from the case
                view and sending only what the user changed
    section     what a section is (``Section``) and what it may ask of the page (``EditorHost``)
    child, report, planning, referrals, checklist, measures, notes, consents, closure
                one module per section, owning its widgets and its actions
    data        what the page reads in one job: the typed case file (``services.case_view``) and the
                institutions a referral may go to
    widgets     small building blocks: the section list, record lists, fields, dates

To add a field of the case or the child: a column in the model (with its migration), the field in
``CaseChanges``/``PersonChanges`` and in the view of ``services.case_view``, and one line in its section
(``form.line("name", fields, translate("CaseEditor", "Label:"))``). To add a section: a ``Section`` subclass in a
module of its own, built in ``CaseEditorPage.__init__`` and listed in ``CaseEditorPage.sections``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from registry.ui.case_editor.page import PAGE_KEY, CaseEditorPage

if TYPE_CHECKING:
    from registry.ui.main_window import MainWindow


def connect(window: MainWindow) -> None:
    """The window's ``open_case`` shows this page with the case (unless the page the user is on keeps them)."""

    def open_case(case_id: int) -> None:
        page = window.page(PAGE_KEY)
        if not isinstance(page, CaseEditorPage):
            return
        if window.current_page_key() != PAGE_KEY:
            window.show_page(PAGE_KEY)
            if window.current_page_key() != PAGE_KEY:
                return  # the page the user was on did not let them go
        page.open_case(case_id)

    window.open_case.connect(open_case)


__all__ = ["PAGE_KEY", "CaseEditorPage", "connect"]
