"""The figures of a report: primary suppression of small cells, and the secondary
suppression that keeps a suppressed term from being derived from a total shown beside it."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules.evaluation.figures import Figure, count, derivable, fixed, of_counts, share, totalled


def test_a_count_a_share_a_quantile_and_a_fixed_value_rest_on_their_persons() -> None:
    assert count(4).shown(5) is None
    assert count(5).shown(5) == 5
    assert share(3, 10).shown(5) is None
    assert share(0, 10).shown(5) == 0.0
    assert share(5, 10).shown(5) == 0.5
    assert of_counts(Counter({7: 4}), 0.5).shown(5) is None
    assert of_counts(Counter({7: 5}), 0.5).shown(5) == 7
    assert fixed("6-8").shown(1000) == "6-8"


def test_one_suppressed_term_suppresses_its_total() -> None:
    total = Figure(13, (13,), (13,), ((10, 3),))
    assert total.shown(5) is None
    assert Figure(10, (10,), (10,), ((10, 0),)).shown(5) == 10  # the difference is none: no person


def test_two_suppressed_terms_of_four_each_suppress_their_total() -> None:
    assert derivable((4, 4, 20), 5)
    assert not derivable((2, 2, 20), 5)
    assert not derivable((20, 30), 5)


def test_a_total_row_takes_the_terms_of_its_columns() -> None:
    rows = [(count(10), share(3, 10), fixed(1)), (count(3), share(1, 3), fixed(1))]
    total = totalled((count(13), share(4, 13), count(2)), rows)
    assert total[0].sums == ((10, 3),)
    assert total[1].sums == ((3, 1), (7, 2))
    assert total[2].sums == ((),)
    assert [f.shown(5) for f in total] == [None, None, None]
    assert totalled((count(13),), []) == (count(13),)


@given(st.lists(st.integers(0, 60), max_size=5), st.integers(5, 9))
def test_a_total_shown_never_pins_a_suppressed_term_above_none(terms: list[int], min_cell: int) -> None:
    """An attacker who knows every term shown, that each suppressed one is below the smallest
    cell, and the total, finds for each suppressed term an assignment where it is 0."""
    small = [t for t in terms if t < min_cell]
    others = [range(min_cell) for _ in range(len(small) - 1)]
    can_be_none = any(sum(c) == sum(small) for c in itertools.product(*others))
    assert can_be_none is not derivable(terms, min_cell) or not small
