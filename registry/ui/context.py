"""What every window and page is given: the signed-in user, the centre, the language, lookups and the ops layer.

Reference data (lookup labels in the user's language, the staff list) is read once after sign-in and again after a
language switch, so item models can label a million rows without a query per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from registry.i18n.transliteration import to_cyrillic
from registry.services.access import CASE_READERS, CASE_WRITERS
from registry.services.case_list import StaffMember, staff
from registry.services.lookups import all_labels
from registry.services.setup import CentreInfo, centre_info
from registry.ui.ops import Ops
from registry.ui.translations import Translations


class UserRecord(Protocol):
    """What sign-in gives about the user (a service's record of the account)."""

    id: int
    username: str
    full_name: str
    role: str
    language: str | None
    must_change_password: bool


@dataclass(frozen=True)
class SignedInUser:
    id: int
    username: str
    full_name: str
    role: str
    language: str | None
    #: an initial password set by the administrator: the user must choose their own before going on
    must_change_password: bool = False

    @classmethod
    def of(cls, user: UserRecord) -> SignedInUser:
        return cls(user.id, user.username, user.full_name, user.role, user.language, user.must_change_password)

    @property
    def reads_cases(self) -> bool:
        return self.role in CASE_READERS

    @property
    def writes_cases(self) -> bool:
        return self.role in CASE_WRITERS

    @property
    def is_administrator(self) -> bool:
        return self.role == "administrator"

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "administrator")


def institution_name(name: str | None, name_cyrl: str | None, language: str) -> str:
    """An institution's name as the interface shows it: the Cyrillic spelling in sr-Cyrl when there is one."""
    if language == "sr-Cyrl" and name_cyrl:
        return name_cyrl
    return name or ""


def institution_label(name: str | None, language: str, cyrillic: dict[str, str] | None = None) -> str:
    """A name a service gave in Latin only: in sr-Cyrl its Cyrillic spelling from ``cyrillic`` (Latin name ->
    name_cyrl) when known, else transliterated."""
    if not name:
        return ""
    if language != "sr-Cyrl":
        return name
    return (cyrillic or {}).get(name) or to_cyrillic(name)


@dataclass
class Reference:
    """Lookup labels (kind → code → label, in display order) and staff, in one language."""

    language: str
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    staff: list[StaffMember] = field(default_factory=list)

    def label(self, kind: str, code: str | None) -> str:
        if code is None:
            return ""
        return self.labels.get(kind, {}).get(code, code)

    def options(self, kind: str) -> list[tuple[str, str]]:
        return list(self.labels.get(kind, {}).items())


def load_reference(session: Session, language: str) -> Reference:
    return Reference(language, all_labels(session, language), staff(session))


def load_centre(session: Session) -> CentreInfo | None:
    return centre_info(session)


class Events(QObject):
    """Application-wide news, so that one page's change refreshes the others."""

    #: a case was registered or saved (its id): lists reload, an open editor of it may warn
    case_changed = Signal(int)
    #: reference data (lookups, staff, institutions) changed: combos and labels reload
    reference_changed = Signal()


@dataclass
class AppContext:
    engine: Engine
    sessions: sessionmaker[Session]
    ops: Ops
    translations: Translations
    language: str
    user: SignedInUser
    centre: CentreInfo | None
    reference: Reference
    events: Events = field(default_factory=Events)
    #: the language came from ``--lang`` and outranks the user's own setting
    language_forced: bool = False
    _staff_index: dict[int, str] = field(default_factory=dict, repr=False)

    @property
    def database_label(self) -> str:
        """The database as the status bar shows it: the URL without any password."""
        return self.engine.url.render_as_string(hide_password=True)

    def staff_name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if not self._staff_index:
            self._staff_index = {member.id: member.full_name for member in self.reference.staff}
        return self._staff_index.get(user_id, "")

    def set_reference(self, reference: Reference) -> None:
        self.reference = reference
        self._staff_index = {}
