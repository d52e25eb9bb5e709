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
from hypothesis import HealthCheck, currently_in_test_context, event, example, given, settings
from hypothesis import strategies as st

from registry.services.statistics.suppression import TOTAL, Layout, Position, feasible_interval, suppress

scipy_optimize = pytest.importorskip("scipy.optimize")

EXAMPLES = int(os.environ.get("REGISTRY_PROPERTY_EXAMPLES", "100"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _values(cells: list[list[int]], layout: Layout) -> dict[Position, int]:
    """Every count of the table, published or not, by position."""
    rows, columns = len(cells), len(cells[0])
    value: dict[Position, int] = {("cell", i, j): cells[i][j] for i in range(rows) for j in range(columns)}
    value |= {("row", i, 0): sum(cells[i]) for i in range(rows)}
    value |= {("column", 0, j): sum(row[j] for row in cells) for j in range(columns)}
    for g in set(layout.row_groups):
        value["group", g, 0] = sum(sum(cells[i]) for i in range(rows) if layout.row_groups[i] == g)
    value[TOTAL] = sum(map(sum, cells))
    return value


def _published(position: Position, layout: Layout) -> bool:
    kind = position[0]
    return {"row": layout.row_totals, "column": layout.column_totals, "total": layout.grand_total}.get(kind, True)


def _lp_interval(
    cells: list[list[int]], layout: Layout, hidden: frozenset[Position], target: Position
) -> tuple[float, float]:
    """Min and max of one count over all non-negative tables that agree with every published count."""
    rows, columns = len(cells), len(cells[0])
    value = _values(cells, layout)
    names = list(value)
    index = {name: k for k, name in enumerate(names)}
    equations = []
    for i in range(rows):
        equations.append({index["row", i, 0]: -1.0} | {index["cell", i, j]: 1.0 for j in range(columns)})
    for j in range(columns):
        equations.append({index["column", 0, j]: -1.0} | {index["cell", i, j]: 1.0 for i in range(rows)})
    for g in set(layout.row_groups):
        equations.append(
            {index["group", g, 0]: -1.0} | {index["row", i, 0]: 1.0 for i in range(rows) if layout.row_groups[i] == g}
        )
    equations.append({index[TOTAL]: -1.0} | {index["row", i, 0]: 1.0 for i in range(rows)})
    a_eq = [[equation.get(k, 0.0) for k in range(len(names))] for equation in equations]
    b_eq = [0.0] * len(equations)
    bounds = [
        (0, None) if name in hidden or not _published(name, layout) else (value[name], value[name]) for name in names
    ]
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


def _check(cells: list[list[int]], threshold: int, layout: Layout) -> None:
    result = suppress(cells, threshold, layout)
    if currently_in_test_context():
        event(f"whole body hidden: {result.fallback}")
    values = _values(cells, layout)
    for position, count in values.items():
        if _published(position, layout) and 0 < count < threshold:
            assert position in result.primary, (position, count)
    assert result.primary.isdisjoint(result.complementary)
    assert all(_published(p, layout) for p in result.hidden), "only published counts are listed as hidden"
    for position in layout.shared | {TOTAL}:
        if values[position] >= threshold and _published(position, layout) and not result.fallback:
            # printed by other tables too: hiding it here alone protects nothing.  Only the fallback may (when a
            # small count follows from the shared totals themselves), and the report then hides it everywhere
            assert position not in result.hidden, f"{position} is printed by other tables too and must stay"
    for position in result.primary:
        low, high = _lp_interval(cells, layout, result.hidden, position)
        assert low <= 0 and high >= threshold, (cells, sorted(result.hidden), position, low, high)
        # the module's own max-flow interval agrees with the LP
        assert feasible_interval(cells, result.hidden, position, layout) == (low, high)


#: counts as a municipality's tables have them: many zeros and small numbers, some large
counts = st.one_of(st.just(0), st.integers(1, 4), st.integers(5, 40))


tables = st.integers(1, 6).flatmap(
    lambda columns: st.lists(st.lists(counts, min_size=columns, max_size=columns), min_size=1, max_size=6)
)


@PROPERTY
@given(tables, st.sampled_from([3, 5, 10]))
def test_no_small_count_can_be_worked_out_of_a_two_way_table(cells: list[list[int]], threshold: int) -> None:
    _check(cells, threshold, Layout())


@PROPERTY
@given(st.lists(st.lists(counts, min_size=1, max_size=1), min_size=1, max_size=14), st.sampled_from([3, 5]))
def test_no_small_count_can_be_worked_out_of_a_list_with_a_total(cells: list[list[int]], threshold: int) -> None:
    _check(cells, threshold, Layout(row_totals=False))


@PROPERTY
@example([[0, 0, 0], [0, 0, 0], [5, 0, 1]], 3, frozenset({("column", 0, 0)}))  # 1 = 6 new − 5 in a shared column
@example([[5, 1], [0, 0], [0, 0]], 5, frozenset({("column", 0, 0)}))
@given(
    st.integers(1, 4).flatmap(
        lambda columns: st.lists(st.lists(counts, min_size=columns, max_size=columns), min_size=3, max_size=9)
    ),
    st.sampled_from([3, 5]),
    st.sampled_from([frozenset(), frozenset({("column", 0, 0)})]),
)
def test_no_small_count_can_be_worked_out_of_a_grouped_table(
    cells: list[list[int]], threshold: int, shared: frozenset[Position]
) -> None:
    """Forms of violence, each split by sex: the per-form totals are published as well."""
    groups = tuple(i // 3 for i in range(len(cells)))
    _check(cells, threshold, Layout(row_groups=groups, shared=shared))


@PROPERTY
@given(tables, st.sampled_from([3, 5]), st.booleans())
def test_rows_of_different_cohorts_without_column_or_grand_totals(
    cells: list[list[int]], threshold: int, rows_published: bool
) -> None:
    """Stage durations (each row its own cohort) and monthly trends publish only some of the totals."""
    _check(cells, threshold, Layout(row_totals=rows_published, column_totals=not rows_published, grand_total=False))


@pytest.mark.parametrize(
    ("cells", "hidden_cells"),
    [
        # one small cell in a row of large ones: a second cell of the row and a matching column pair are hidden
        ([[3, 20, 30], [25, 22, 40]], 4),
        # a row whose total is itself small: the total is hidden and so is its partner total
        ([[3, 0], [10, 10]], 2),
    ],
)
def test_worked_examples(cells: list[list[int]], hidden_cells: int) -> None:
    result = suppress(cells, 5)
    assert sum(1 for p in result.hidden if p[0] == "cell") == hidden_cells
    _check(cells, 5, Layout())


def test_a_list_of_small_counts_with_a_large_total_hides_the_counts_not_the_total() -> None:
    cells = [[2], [3], [1]]  # 6 new cases: every source small
    layout = Layout(row_totals=False)
    result = suppress(cells, 5, layout)
    assert {("cell", 0, 0), ("cell", 1, 0), ("cell", 2, 0)} <= result.hidden
    assert TOTAL not in result.hidden
    for position in result.primary:
        assert feasible_interval(cells, result.hidden, position, layout) == (0, 6)


def test_a_small_grand_total_is_hidden_with_everything_that_would_reveal_it() -> None:
    cells = [[1, 0], [0, 2]]
    result = suppress(cells, 5)
    assert TOTAL in result.primary
    _check(cells, 5, Layout())


def test_nothing_is_hidden_without_small_counts() -> None:
    result = suppress([[0, 7], [12, 5]], 5)
    assert not result.hidden


def test_a_realistic_forms_of_violence_table_is_protected_without_hiding_everything() -> None:
    """Measured on a demo register: 10 forms × sex × 5 bands, many small counts in the older bands."""
    body = [
        [32, 58, 7, 3, 0],
        [40, 64, 10, 0, 0],
        [0] * 5,
        [35, 79, 12, 1, 0],
        [39, 70, 7, 1, 0],
        [0] * 5,
        [6, 17, 2, 0, 0],
        [8, 13, 1, 0, 0],
        [0] * 5,
        [4, 6, 1, 0, 0],
        [3, 7, 0, 0, 0],
        [0] * 5,
        [3, 15, 1, 0, 0],
        [10, 8, 1, 0, 0],
        [0] * 5,
        [2, 9, 0, 0, 0],
        [3, 5, 1, 0, 0],
        [0] * 5,
    ]
    layout = Layout(row_groups=tuple(i // 3 for i in range(len(body))))
    result = suppress(body, 5, layout)
    assert not result.fallback
    assert len(result.complementary) < len(result.primary) + 20
    _check(body, 5, layout)


def test_a_count_that_follows_from_shared_totals_hides_them_in_every_table() -> None:
    """The falsified example: 6 new cases, 5 of them in a column another table prints, so the sixth (a count of 1)
    follows from the shared figures alone.  The table hides the shared column, and the report hides that figure in
    every table that prints it, which then protect themselves again."""
    from registry.services.statistics.report import publish
    from registry.services.statistics.tables import CountTable, Report

    cells = [[0, 0, 0], [0, 0, 0], [5, 0, 1]]
    layout = Layout(row_groups=(0, 0, 0), shared=frozenset({("column", 0, 0)}))
    result = suppress(cells, 3, layout)
    assert result.fallback and ("column", 0, 0) in result.hidden
    _check(cells, 3, layout)

    first = CountTable(
        "first",
        "stats",
        "stats",
        ("a", "b"),
        ("x", "y", "z"),
        ((0, 0, 0), (5, 0, 1)),
        shares=((TOTAL, "new"), (("column", 0, 0), "closed")),
    )
    other = CountTable(
        "other",
        "stats",
        "stats",
        ("p", "q"),
        ("closed", "open"),
        ((3, 20), (2, 30)),
        shares=((("column", 0, 0), "closed"),),
    )
    publication = publish(Report("2026-01-01", "2026-03-31", 3, tables=[first, other]))
    assert publication.table("first").column_totals[0] is None
    second = publication.table("other")
    assert second.column_totals[0] is None  # the same figure, hidden here too
    layout = Layout(shared=frozenset({("column", 0, 0)}))
    for position in second.suppressed.primary:
        low, high = _lp_interval([[3, 20], [2, 30]], layout, second.suppressed.hidden, position)
        assert low <= 0 and high >= 3
