"""The figures of a report, before and after disclosure control."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from registry.services.statistics.suppression import TOTAL, Layout, Position, Suppressed, suppress


@dataclass(frozen=True)
class CountTable:
    """A table of counts: rows × columns, with the totals its layout publishes.

    ``row_kind``/``column_kind`` say how codes are labelled: a lookup kind (``sex``, ``violence_form``, ...) or
    ``stats`` for the report's own codes (age bands, outcomes, buckets).  ``note`` is a message key printed under
    the table (e.g. that a case counts once under each of its forms).
    """

    id: str
    row_kind: str
    column_kind: str
    row_codes: tuple[str, ...]
    column_codes: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    layout: Layout = Layout()
    note: str | None = None
    #: rows grouped under a heading (``row_groups`` of the layout): the group codes, in order
    group_codes: tuple[str, ...] = ()
    #: totals other tables print too, each with the name of the figure (``new``, ``closed``, ``new:urgent``):
    #: never hidden to protect this table alone, and hidden in every table at once when one of them must
    shares: tuple[tuple[Position, str], ...] = ()

    @property
    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(row) for row in self.cells)

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(row[j] for row in self.cells) for j in range(len(self.column_codes)))

    @property
    def total(self) -> int:
        return sum(self.row_totals)

    def cell(self, row: str, column: str) -> int:
        return self.cells[self.row_codes.index(row)][self.column_codes.index(column)]

    def publish(self, threshold: int, hidden_figures: frozenset[str] = frozenset()) -> PublishedTable:
        """Disclosure control; ``hidden_figures``: shared figures another table had to hide (hidden here too)."""
        if not self.cells or not self.column_codes:
            return PublishedTable(self, Suppressed(frozenset(), frozenset()))
        shared = frozenset(p for p, _ in self.shares if p != TOTAL)
        layout = replace(
            self.layout, shared=self.layout.shared | shared, total_shared=any(p == TOTAL for p, _ in self.shares)
        )
        hide = frozenset(p for p, figure in self.shares if figure in hidden_figures)
        return PublishedTable(self, suppress(self.cells, threshold, layout, hide))

    def hidden_figures(self, published: PublishedTable) -> set[str]:
        """The shared figures this table hides (so that every other table printing them hides them too)."""
        return {figure for p, figure in self.shares if p in published.suppressed.hidden}


@dataclass(frozen=True)
class PublishedTable:
    """A table as it may leave the centre: every hidden count is None."""

    table: CountTable
    suppressed: Suppressed

    def _shown(self, position: Position, value: int, published: bool = True) -> int | None:
        if not published or position in self.suppressed.hidden:
            return None
        return value

    @property
    def cells(self) -> list[list[int | None]]:
        return [[self._shown(("cell", i, j), v) for j, v in enumerate(row)] for i, row in enumerate(self.table.cells)]

    @property
    def row_totals(self) -> list[int | None]:
        layout = self.table.layout
        return [self._shown(("row", i, 0), v, layout.row_totals) for i, v in enumerate(self.table.row_totals)]

    @property
    def column_totals(self) -> list[int | None]:
        layout = self.table.layout
        return [self._shown(("column", 0, j), v, layout.column_totals) for j, v in enumerate(self.table.column_totals)]

    @property
    def group_totals(self) -> list[int | None]:
        groups = self.table.layout.row_groups
        out = []
        for g in range(len(self.table.group_codes)):
            value = sum(t for i, t in enumerate(self.table.row_totals) if groups[i] == g)
            out.append(self._shown(("group", g, 0), value))
        return out

    @property
    def total(self) -> int | None:
        return self._shown(TOTAL, self.table.total, self.table.layout.grand_total)


@dataclass(frozen=True)
class Duration:
    """How long something took, over the items that finished: count, median and 90th percentile (days)."""

    code: str
    count: int
    median_days: float | None
    p90_days: float | None


@dataclass(frozen=True)
class ComplianceRow:
    """Deadlines of one sector (or institution, or step) falling due in the period, and how they were met.

    ``open_not_due``: not answered yet, deadline still ahead (only when the period reaches into the future);
    ``due = on_time + late + open_overdue + open_not_due``.
    """

    sector: str
    kind: str  # referral | step | incoming
    due: int
    on_time: int
    late: int
    open_overdue: int
    open_not_due: int
    median_days: float | None
    p90_days: float | None
    #: an institution's name or a step's code when the row breaks a sector down (staff only)
    detail: str = ""


@dataclass(frozen=True)
class QualityIssue:
    """Cases whose records hold something the figures cannot use as it is (staff only, never exported)."""

    code: str
    count: int
    cases: tuple[tuple[int, str], ...]  # (case id, case number), the first few hundred


@dataclass
class Report:
    """Everything computed for a period, as the centre's staff see it (not yet fit to leave the centre)."""

    first: str
    last: str
    threshold: int
    tables: list[CountTable] = field(default_factory=list)
    durations: dict[str, list[Duration]] = field(default_factory=dict)
    compliance: list[ComplianceRow] = field(default_factory=list)
    compliance_detail: list[ComplianceRow] = field(default_factory=list)
    quality: list[QualityIssue] = field(default_factory=list)
    #: which cases the figures cover: all, or only those of the worker who asked
    scope: str = "all"

    def table(self, table_id: str) -> CountTable:
        for table in self.tables:
            if table.id == table_id:
                return table
        raise KeyError(table_id)
