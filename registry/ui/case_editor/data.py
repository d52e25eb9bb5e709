"""What the case editor shows, read in one job: the typed case file every printout reads too
(``services.case_view``), and the institutions a referral may go to. No ORM object leaves the worker thread."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from registry.services.case_view import CaseFile, InstitutionView, institution_view, open_case_file
from registry.services.institutions import list_institutions
from registry.services.names import sort_key


@dataclass(frozen=True)
class EditorData:
    file: CaseFile
    #: the active institutions a referral may be logged for
    institutions: list[InstitutionView]


def load_editor_data(session: Session, case_id: int, *, actor_id: int, audit: bool = True) -> EditorData:
    """Access is checked; ``audit`` records the opening (a refresh after the editor's own change does not)."""
    institutions = sorted(
        (institution_view(row) for row in list_institutions(session)),
        key=lambda institution: sort_key(institution.name),
    )
    return EditorData(open_case_file(session, case_id, actor_id=actor_id, audit_opening=audit), institutions)


__all__ = ["EditorData", "load_editor_data"]
