"""What an import would write, as plans the user checks before anything is written: a plan per case (its child
and household as person plans), every error with its sheet, line and column, and the rows that match a child or
a case the register already holds, each with the user's choice (link, keep separate, skip)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from registry.services.importing.mapping import SheetMapping
from registry.services.names import fold

ACTIONS = ("link", "separate", "skip")


@dataclass(frozen=True)
class RowError:
    sheet: str
    line: int
    column: str  # the header as written in the file ("" for the row as a whole)
    message: str


@dataclass
class PersonPlan:
    values: dict[str, object]
    ref: str = ""
    existing_id: int | None = None
    #: folded "family given", what search and duplicate checks compare
    search_key: str = ""
    #: the person is already in the register (existing_id is theirs, not one this import made)
    registered: bool = False
    #: where the person first appears in the file
    sheet: str = ""
    line: int = 0

    def __post_init__(self) -> None:
        self.search_key = fold(f"{self.values['family_name']} {self.values['given_name']}")

    @property
    def identity(self) -> tuple[str, object]:
        jmbg = self.values.get("jmbg")
        return ("jmbg", jmbg) if jmbg else ("name", (self.search_key, self.values.get("birth_date")))


@dataclass
class Match:
    """A row whose child (or whole case) the register already has."""

    line: int
    kind: str  # "case": this very case is registered; "jmbg" / "name_birth": the child is
    person_id: int
    name: str
    birth_date: dt.date | None
    case_number: str
    action: str
    sheet: str = ""


@dataclass
class CasePlan:
    line: int
    number: str
    values: dict[str, object]
    child: PersonPlan
    household: list[tuple[dict[str, object], PersonPlan]] = field(default_factory=list)
    related: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    match: Match | None = None
    action: str = "new"  # new | link | separate | skip
    #: the sheet the row came from
    mapping: SheetMapping | None = field(default=None, repr=False)


@dataclass
class ImportPlan:
    cases: list[CasePlan]
    errors: list[RowError]
    matches: list[Match]
    new_institutions: list[str]
    #: accounts the import adds, inactive and without a password, for staff the records name
    new_users: list[dict[str, object]] = field(default_factory=list)
    #: the sheets the file has: a checklist or status history sheet replaces what the import would make up
    sheets: frozenset[str] = frozenset()

    @property
    def to_write(self) -> list[CasePlan]:
        return [plan for plan in self.cases if plan.action != "skip"]


def apply_action(plan: CasePlan, action: str) -> None:
    """The user's choice for a matched row: link the case to the registered child, keep the child separate, or
    skip the row."""
    if action not in (*ACTIONS, "new"):
        raise ValueError(action)
    plan.action = action
    if plan.match is not None and action != "skip":
        plan.child.existing_id = plan.match.person_id if action == "link" else None


__all__ = ["ACTIONS", "CasePlan", "ImportPlan", "Match", "PersonPlan", "RowError", "apply_action"]
