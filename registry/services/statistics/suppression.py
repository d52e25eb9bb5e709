"""Disclosure control for published count tables: primary and complementary cell suppression.

The rule (stated on every export):

* **Primary.** Every published count from 1 to ``threshold - 1`` is suppressed, totals included: a row total of
  3 identifies as well as a cell of 3.
* **Complementary.** Further counts are suppressed until, for every primary-suppressed count ``x``, the values an
  intruder can still reconcile with *everything the table publishes* (its other cells, its row and column totals,
  its grand total, and that counts are never negative) include both **0** and **the threshold** itself.  The
  intruder can therefore tell neither whether anyone is in the cell nor whether it is small.  This is the interval
  (protection-level) criterion of tau-Argus and sdcTable with a lower protection level of ``x`` and an upper one of
  ``threshold - x``; it is stronger than "not exactly recoverable".

Why network flows: a two-way table with its margins is a circulation in the network
``grand → row_i → column_j → grand`` (row totals, cells, column totals, grand total are the arcs).  Published counts
are fixed arcs, suppressed ones free arcs ≥ 0.  The constraint matrix is a network matrix, hence totally unimodular:
the extreme values of a suppressed count over the real-valued feasible region are integers, so the interval that
max-flow computes is exactly what an intruder with a linear-programming (or integer-programming) solver obtains.
``x`` can grow by the maximum flow from the arc's head back to its tail through the residual network, and shrink by
the maximum flow the other way.  Complementary cells are chosen along the cheapest paths that give the missing
flow (the shortest-path heuristic of Castro for tabular data): interior cells first, smaller counts before larger
ones, totals only when nothing else helps, and a shared total never (the grand total of the new-case tables is
the same number in each, so suppressing it in one table and publishing it in another would undo the protection).

Which guarantee, precisely: each table is protected against its own published figures *and* against the totals it
shares with other tables of the report (``Layout.shared``, and the grand total unless ``total_shared`` is off: they
are the same numbers there, so an intruder has them whatever this table hides).  A shared total is therefore never
a complementary choice; it is hidden only when it is itself small (then every table hides it by the same primary
rule) or, when nothing else protects a table (a small count that follows from shared totals alone, e.g. 1 = 6 new
cases − 5 in one column), by the fallback, and then ``report.publish`` hides it in every table that prints it
(``hide``) and protects those tables again.  The report's tables publish none of one another's cells.
"""

from __future__ import annotations

import heapq
import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

INFINITY = math.inf

#: a position in a table: ("cell", i, j), ("row", i, 0), ("group", g, 0), ("column", 0, j) or ("total", 0, 0)
Position = tuple[str, int, int]
TOTAL: Position = ("total", 0, 0)


@dataclass(frozen=True)
class Suppressed:
    """The outcome for one table: which positions are hidden, and why."""

    primary: frozenset[Position]
    complementary: frozenset[Position]
    #: the cheap choice did not protect the table, so its whole body was hidden (should be rare; counted in bench/)
    fallback: bool = False

    @property
    def hidden(self) -> frozenset[Position]:
        return self.primary | self.complementary


@dataclass(frozen=True)
class Layout:
    """Which totals a table publishes besides its cells.

    ``row_groups`` gives each row a group whose total is published too (a hierarchy such as form of violence →
    form and sex); ``shared`` are totals that other tables print as well: never chosen as complementary cells.
    """

    row_totals: bool = True
    column_totals: bool = True
    grand_total: bool = True
    row_groups: tuple[int, ...] = ()
    shared: frozenset[Position] = frozenset()
    #: the grand total is the same number in other tables (new cases in every new-case table): keep it like a
    #: shared total.  A table whose grand total is its own (the caseload, forms counted per form) may hide it.
    total_shared: bool = True


@dataclass
class _Arc:
    tail: int
    head: int
    value: int
    position: Position


class _Network:
    """The table as a circulation: node 0 is the source of the grand total, rows are 1..R, columns R+1..R+C,
    the last node the sink; the grand-total arc runs from the sink back to the source."""

    def __init__(self, cells: Sequence[Sequence[int]], layout: Layout):
        self.rows = len(cells)
        self.columns = len(cells[0]) if cells else 0
        groups = max(layout.row_groups) + 1 if layout.row_groups else 0
        first_row = 1 + groups
        first_column = first_row + self.rows
        self.sink = first_column + self.columns
        self.arcs: list[_Arc] = []
        self.by_position: dict[Position, int] = {}
        self.unpublished: set[int] = set()
        row_totals = [sum(row) for row in cells]
        column_totals = [sum(cells[i][j] for i in range(self.rows)) for j in range(self.columns)]
        for g in range(groups):
            total = sum(t for i, t in enumerate(row_totals) if layout.row_groups[i] == g)
            self._add(0, 1 + g, total, ("group", g, 0))
        for i, total in enumerate(row_totals):
            tail = 1 + layout.row_groups[i] if layout.row_groups else 0
            self._add(tail, first_row + i, total, ("row", i, 0), published=layout.row_totals)
        for i, row in enumerate(cells):
            for j, value in enumerate(row):
                self._add(first_row + i, first_column + j, value, ("cell", i, j))
        for j, total in enumerate(column_totals):
            self._add(first_column + j, self.sink, total, ("column", 0, j), published=layout.column_totals)
        self.grand = sum(row_totals)
        self._add(self.sink, 0, self.grand, TOTAL, published=layout.grand_total)

    def _add(self, tail: int, head: int, value: int, position: Position, *, published: bool = True) -> None:
        self.by_position[position] = len(self.arcs)
        if not published:
            self.unpublished.add(len(self.arcs))
        self.arcs.append(_Arc(tail, head, value, position))

    def free_arcs(self, hidden: frozenset[Position] | set[Position]) -> set[int]:
        return {self.by_position[p] for p in hidden} | self.unpublished

    # ---- intervals ------------------------------------------------------------------------------------------
    def interval(self, position: Position, free: set[int]) -> tuple[float, float]:
        """The smallest and largest value the count at ``position`` can take given what is published."""
        index = self.by_position[position]
        arc = self.arcs[index]
        up = self.max_flow(arc.head, arc.tail, free - {index})
        down = self.max_flow(arc.tail, arc.head, free - {index})
        return max(0.0, arc.value - down), arc.value + up

    def max_flow(self, source: int, sink: int, free: set[int], limit: float = INFINITY) -> float:
        return self.flow_and_residual(source, sink, free, limit)[0]

    def flow_and_residual(
        self, source: int, sink: int, free: set[int], limit: float = INFINITY
    ) -> tuple[float, list[dict[int, float]]]:
        """Edmonds-Karp over the free arcs (each may grow without bound and shrink to zero); stops at ``limit``.

        Returns the flow and what is left of each node pair's capacity once it runs.
        """
        capacity: list[dict[int, float]] = [{} for _ in range(self.sink + 1)]
        for index in free:
            arc = self.arcs[index]
            capacity[arc.tail][arc.head] = INFINITY
            capacity[arc.head][arc.tail] = capacity[arc.head].get(arc.tail, 0.0) + arc.value
        flow = 0.0
        while flow < limit:
            parent: dict[int, int] = {source: source}
            queue = deque([source])
            while queue and sink not in parent:
                node = queue.popleft()
                for nxt, cap in capacity[node].items():
                    if cap > 0 and nxt not in parent:
                        parent[nxt] = node
                        queue.append(nxt)
            if sink not in parent:
                break
            bottleneck = limit - flow
            node = sink
            while node != source:
                bottleneck = min(bottleneck, capacity[parent[node]][node])
                node = parent[node]
            if bottleneck == INFINITY:
                return INFINITY, capacity
            node = sink
            while node != source:
                prev = parent[node]
                capacity[prev][node] -= bottleneck
                capacity[node][prev] = capacity[node].get(prev, 0.0) + bottleneck
                node = prev
            flow += bottleneck
        return flow, capacity

    # ---- choosing complementary cells ----------------------------------------------------------------------
    def cheapest_path(
        self, source: int, sink: int, free: set[int], residual: list[dict[int, float]], need: float, forbidden: set[int]
    ) -> list[int] | None:
        """Published arcs to hide so that ``need`` more units can flow from source to sink (Dijkstra on costs).

        ``residual`` is what the free arcs have left after the flow they already carry: moving along it costs
        nothing.  A published arc costs by kind and size; once hidden, flow may run along it without bound and
        against it up to its value.
        """
        best = {source: 0.0}
        previous: dict[int, tuple[int, int | None]] = {}
        heap = [(0.0, source)]
        while heap:
            cost, node = heapq.heappop(heap)
            if node == sink:
                break
            if cost > best.get(node, INFINITY):
                continue
            steps: list[tuple[int, float, int | None]] = [
                (nxt, cost, None) for nxt, capacity in residual[node].items() if capacity >= need
            ]
            for index, arc in enumerate(self.arcs):
                if index in forbidden or index in free:
                    continue
                if arc.tail == node:
                    steps.append((arc.head, cost + self._cost(arc), index))
                elif arc.head == node and arc.value >= need:
                    steps.append((arc.tail, cost + self._cost(arc), index))
            for nxt, total, via in steps:
                if total < best.get(nxt, INFINITY):
                    best[nxt] = total
                    previous[nxt] = (node, via)
                    heapq.heappush(heap, (total, nxt))
        if sink not in previous:
            return None
        path: list[int] = []
        node = sink
        while node != source:
            node, via = previous[node]
            if via is not None:
                path.append(via)
        return path

    def _cost(self, arc: _Arc) -> float:
        scale = 1.0 + arc.value / (self.grand + 1.0)  # among equals, hide the smaller count
        return scale if arc.position[0] == "cell" else 4.0 * scale  # a total hides more than a cell


def suppress(
    cells: Sequence[Sequence[int]],
    threshold: int,
    layout: Layout | None = None,
    hide: frozenset[Position] = frozenset(),
) -> Suppressed:
    """Which counts of a table to hide (see the module's docstring for the rule and the guarantee).

    ``cells`` is the body (rows × columns, non-negative); totals are the sums.  A one-column table publishes no
    row totals (they would repeat its cells); a one-row table is best given transposed.  ``hide``: shared totals
    that another table of the report had to hide (they are hidden here as well, or that table's hiding is undone).
    """
    layout = layout or Layout()
    if threshold <= 1 or not cells or not cells[0]:
        return Suppressed(frozenset(), frozenset())
    network = _Network(cells, layout)
    primary = {
        arc.position for k, arc in enumerate(network.arcs) if 0 < arc.value < threshold and k not in network.unpublished
    }
    free = network.free_arcs(primary | hide)
    # the grand total, and totals other tables print too, are hidden only when they are themselves small (or when
    # no other choice protects this table: the fallback below, which the report then carries into every table)
    kept = layout.shared | ({TOTAL} if layout.total_shared else set())
    forbidden = {network.by_position[p] for p in kept if p not in primary | hide}
    sensitive = sorted(primary, key=lambda p: (network.arcs[network.by_position[p]].value, p))
    for _round in range(len(network.arcs) + 1):
        changed = False
        for position in sensitive:
            index = network.by_position[position]
            arc = network.arcs[index]
            others = free - {index}
            # room to grow to the threshold (flow head → tail), and to shrink to zero (tail → head)
            for source, sink, need in ((arc.head, arc.tail, threshold - arc.value), (arc.tail, arc.head, arc.value)):
                have, residual = network.flow_and_residual(source, sink, others, limit=need)
                while have < need:
                    blocked = forbidden | {index}
                    path = network.cheapest_path(source, sink, others, residual, need - have, blocked)
                    if path is None:
                        path = network.cheapest_path(source, sink, others, residual, 1, blocked)
                    if not path:
                        break  # nothing more to hide on this side: the final check decides
                    free.update(path)
                    others.update(path)
                    changed = True
                    have, residual = network.flow_and_residual(source, sink, others, limit=need)
        if not changed:
            break
    result = Suppressed(
        frozenset(primary), frozenset(network.arcs[k].position for k in free if k not in network.unpublished) - primary
    )
    if not _protected(network, result, threshold):
        # no choice of cells protected it while the shared totals stay printed (rare: a table with almost
        # nothing in it, or a small count that follows from shared totals alone): hide the whole body but the
        # grand total and the shared totals; then the shared totals too; then the grand total as well.  A shared
        # total hidden here is worth nothing while another table prints it: ``report.publish`` hides it there too.
        everything = {arc.position for k, arc in enumerate(network.arcs) if k not in network.unpublished} - primary
        for keep in ({network.arcs[k].position for k in forbidden}, {TOTAL} - primary, set()):
            result = Suppressed(frozenset(primary), frozenset(everything - keep), fallback=True)
            if _protected(network, result, threshold):
                break
    return result


def _protected(network: _Network, result: Suppressed, threshold: int) -> bool:
    free = network.free_arcs(result.hidden)
    for position in result.primary:
        low, high = network.interval(position, free)
        if low > 0 or high < threshold:
            return False
    return True


def feasible_interval(
    cells: Sequence[Sequence[int]], hidden: frozenset[Position], position: Position, layout: Layout | None = None
) -> tuple[float, float]:
    """What an intruder can still say about one hidden count, from everything else the table publishes."""
    network = _Network(cells, layout or Layout())
    return network.interval(position, network.free_arcs(hidden))
