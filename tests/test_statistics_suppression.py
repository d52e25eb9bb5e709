"""Disclosure control proved on random tables: no suppressed count can be worked out from what is published.

The oracle is independent of the code under test: a linear programme (SciPy's HiGHS) over every count of the
table — cells, row totals, column totals and the grand total, the published ones fixed — gives the smallest and
largest value each hidden count can take.  The rule promises that for every count suppressed because it was small
that range reaches down to 0 and up to the threshold.  ``REGISTRY_PROPERTY_EXAMPLES`` raises the number of random
tables (the suite runs a few hundred; bench/statistics_properties.sh runs thousands).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registry.services.statistics.suppression import TOTAL, Position, feasible_interval, suppress

scipy_optimize = pytest.importorskip("scipy.optimize")

EXAMPLES = int(os.environ.get("REGISTRY_PROPERTY_EXAMPLES", "100"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _lp_interval(cells: list[list[int]], hidden: frozenset[Position], target: Position,
                 row_totals_published: bool) -> tuple[float, float]:
    """Min and max of one count over all non-negative tables that agree with every published count."""
    rows, columns = len(cells), len(cells[0])
    names: list[Position] = [("cell", i, j) for i in range(rows) for j in range(columns)]
    names += [("row", i, 0) for i in range(rows)] + [("column", 0, j) for j in range(columns)] + [TOTAL]
    index = {name: k for k, name in enumerate(names)}
    value = {("cell", i, j): cells[i][j] for i in range(rows) for j in range(columns)}
    value |= {("row", i, 0): sum(cells[i]) for i in range(rows)}
    value |= {("column", 0, j): sum(row[j] for row in cells) for j in range(columns)}
    value[TOTAL] = sum(map(sum, cells))
    equations = []
    for i in range(rows):
        equations.append({index["row", i, 0]: -1.0} | {index["cell", i, j]: 1.0 for j in range(columns)})
    for j in range(columns):
        equations.append({index["column", 0, j]: -1.0} | {index["cell", i, j]: 1.0 for i in range(rows)})
    equations.append({index[TOTAL]: -1.0} | {index["row", i, 0]: 1.0 for i in range(rows)})
    a_eq = [[equation.get(k, 0.0) for k in range(len(names))] for equation in equations]
    b_eq = [0.0] * len(equations)
    bounds = []
    for name in names:
        unpublished = name[0] == "row" and not row_totals_published
        bounds.append((0, None) if name in hidden or unpublished else (value[name], value[name]))
    out = []
    for sign in (1.0, -1.0):
        objective = [0.0] * len(names)
        objective[index[target]] = sign
        result = scipy_optimize.linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        if result.status == 3:  # unbounded
            out.append(float("inf") if sign < 0 else 0.0)
            continue
        assert result.status == 0, result.message
        out.append(sign * result.fun)
    return out[0], out[1]


def _published(cells: list[list[int]], row_totals: bool) -> dict[Position, int]:
    rows, columns = len(cells), len(cells[0])
    counts: dict[Position, int] = {("cell", i, j): cells[i][j] for i in range(rows) for j in range(columns)}
    if row_totals:
        counts |= {("row", i, 0): sum(cells[i]) for i in range(rows)}
    counts |= {("column", 0, j): sum(row[j] for row in cells) for j in range(columns)}
    counts[TOTAL] = sum(map(sum, cells))
    return counts


def _check(cells: list[list[int]], threshold: int, row_totals: bool) -> None:
    result = suppress(cells, threshold, row_totals=row_totals)
    published = _published(cells, row_totals)
    for position, count in published.items():
        if 0 < count < threshold:
            assert position in result.primary, (position, count)
    assert result.primary.isdisjoint(result.complementary)
    if published[TOTAL] >= threshold:
        assert TOTAL not in result.hidden, "the grand total is shared by every table and must stay published"
    for position in result.primary:
        low, high = _lp_interval(cells, result.hidden, position, row_totals)
        assert low <= 0 and high >= threshold, (cells, sorted(result.hidden), position, low, high)
        # the module's own max-flow interval agrees with the LP
        assert feasible_interval(cells, result.hidden, position, row_totals=row_totals) == (low, high)


#: counts as a municipality's tables have them: many zeros and small numbers, some large
counts = st.one_of(st.just(0), st.integers(1, 4), st.integers(5, 40))


@PROPERTY
@given(st.integers(1, 6).flatmap(lambda columns: st.lists(st.lists(counts, min_size=columns, max_size=columns),
                                                           min_size=1, max_size=6)),
       st.sampled_from([3, 5, 10]))
def test_no_small_count_can_be_worked_out_of_a_two_way_table(cells: list[list[int]], threshold: int) -> None:
    _check(cells, threshold, row_totals=True)


@PROPERTY
@given(st.lists(st.lists(counts, min_size=1, max_size=1), min_size=1, max_size=14), st.sampled_from([3, 5]))
def test_no_small_count_can_be_worked_out_of_a_list_with_a_total(cells: list[list[int]], threshold: int) -> None:
    _check(cells, threshold, row_totals=False)


@pytest.mark.parametrize(("cells", "hidden_cells"), [
    # one small cell in a row of large ones: a second cell of the row and a matching column pair are hidden
    ([[3, 20, 30], [25, 22, 40]], 4),
    # a row whose total is itself small: the total is hidden and so is its partner total
    ([[3, 0], [10, 10]], 2),
])
def test_worked_examples(cells: list[list[int]], hidden_cells: int) -> None:
    result = suppress(cells, 5)
    assert sum(1 for p in result.hidden if p[0] == "cell") == hidden_cells
    _check(cells, 5, row_totals=True)


def test_a_single_row_of_small_counts_with_a_large_total_hides_the_counts_not_the_total() -> None:
    cells = [[2], [3], [1]]  # 6 new cases: every source small
    result = suppress(cells, 5, row_totals=False)
    assert {("cell", 0, 0), ("cell", 1, 0), ("cell", 2, 0)} <= result.hidden
    assert TOTAL not in result.hidden
    for position in result.primary:
        assert feasible_interval(cells, result.hidden, position, row_totals=False) == (0, 6)


def test_a_small_grand_total_is_hidden_with_everything_that_would_reveal_it() -> None:
    cells = [[1, 0], [0, 2]]
    result = suppress(cells, 5)
    assert TOTAL in result.primary
    _check(cells, 5, row_totals=True)


def test_nothing_is_hidden_without_small_counts() -> None:
    result = suppress([[0, 7], [12, 5]], 5)
    assert not result.hidden
