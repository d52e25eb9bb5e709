"""When a save meets someone else's newer save: what differs, and what to save now (no Qt here).

The case editor remembers what it showed when the case was opened (``base``); the user's form is ``mine``; the
case as it is stored now is ``theirs``.  A field only one side changed is not a conflict: the other side's value
stands.  A field both changed, to different values, is.  The user then chooses (as Tryton's client offers on a
concurrent write): keep mine (every field I changed is saved over theirs), take theirs (reload, my changes
dropped), or field by field (a table of field, theirs, mine, with a choice per row).

Values are compared as the caller represents them (the editor uses what its form shows), so the same logic serves
any form.  Whatever is chosen is saved as an ordinary update on top of their version, so it is validated and
audited like any save; ``record_resolution`` adds an audit event naming whose value won in which field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy.orm import Session

from registry.services import audit

Side = Literal["mine", "theirs"]
MINE: Side = "mine"
THEIRS: Side = "theirs"


@dataclass(frozen=True)
class FieldDifference:
    """One field where my form and their saved case differ."""

    name: str
    base: object  # what the form showed when the case was opened
    mine: object
    theirs: object

    @property
    def i_changed(self) -> bool:
        return self.mine != self.base

    @property
    def they_changed(self) -> bool:
        return self.theirs != self.base

    @property
    def clash(self) -> bool:
        """Both changed it, to different values: only the user can say which stays."""
        return self.i_changed and self.they_changed

    @property
    def default(self) -> Side:
        """What the comparison table proposes: the side that changed it (mine where both did)."""
        return MINE if self.i_changed else THEIRS


@dataclass(frozen=True)
class SaveConflict:
    """Everything the user needs to decide, and their version to save on top of."""

    case_id: int
    their_version: int
    #: every field where mine differs from theirs, in the form's order
    differences: list[FieldDifference] = field(default_factory=list)

    @property
    def clashes(self) -> list[FieldDifference]:
        return [item for item in self.differences if item.clash]

    @property
    def mine_changed(self) -> list[FieldDifference]:
        return [item for item in self.differences if item.i_changed]

    def choices(
        self, resolution: Literal["mine", "fields"], chosen: Mapping[str, Side] | None = None
    ) -> dict[str, Side]:
        """Whose value each differing field keeps. Keep mine: every field I changed is mine, the rest theirs.
        Field by field: the user's choice, or the proposed default for a row left alone."""
        if resolution == "mine":
            return {item.name: MINE if item.i_changed else THEIRS for item in self.differences}
        chosen = chosen or {}
        unknown = set(chosen) - {item.name for item in self.differences}
        if unknown:
            raise ValueError(f"not a differing field: {sorted(unknown)}")
        return {item.name: chosen.get(item.name, item.default) for item in self.differences}

    def merged(self, theirs: Mapping[str, object], choices: Mapping[str, Side]) -> dict[str, object]:
        """The form's values after the choice: theirs, with my value in every field chosen as mine."""
        mine = {item.name: item.mine for item in self.differences}
        return {name: mine[name] if choices.get(name) == MINE else value for name, value in theirs.items()}


def find_conflict(
    case_id: int,
    their_version: int,
    base: Mapping[str, object],
    mine: Mapping[str, object],
    theirs: Mapping[str, object],
    order: Iterable[str] | None = None,
) -> SaveConflict:
    """Compare the three versions of the form, field by field (``order``: the fields to compare, in order)."""
    names = list(order) if order is not None else list(theirs)
    differences = [
        FieldDifference(name, base.get(name), mine.get(name), theirs.get(name))
        for name in names
        if mine.get(name) != theirs.get(name)
    ]
    return SaveConflict(case_id, their_version, differences)


def record_resolution(
    session: Session, conflict: SaveConflict, choices: Mapping[str, Side], *, resolution: str, actor_id: int | None
) -> None:
    """Audit how a clash was settled, in the transaction of the save it led to: whose value won in which field,
    over which version (the ``case.update`` event beside it has every value before and after)."""
    audit.record(
        session,
        "case.save_conflict",
        user_id=actor_id,
        entity="case",
        entity_id=conflict.case_id,
        case_id=conflict.case_id,
        details={
            "resolution": resolution,
            "over_version": conflict.their_version,
            "kept_mine": sorted(name for name, side in choices.items() if side == MINE),
            "kept_theirs": sorted(name for name, side in choices.items() if side == THEIRS),
        },
    )


__all__ = ["MINE", "THEIRS", "FieldDifference", "SaveConflict", "Side", "find_conflict", "record_resolution"]
