"""Quantiles of counts agree with the values written out, with the standard library's
inclusive quartiles, and with numpy's default where numpy is installed (the ``bench``
extra); the bootstrap is seeded and brackets its estimate."""

from __future__ import annotations

import statistics
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules.evaluation.stats import bootstrap_median_difference, quantile, quantile_of_sorted

VALUES = st.lists(st.integers(-400, 400), min_size=1, max_size=60)
Q = st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0])


@given(values=VALUES, q=Q)
def test_a_quantile_of_counts_is_that_of_the_values_written_out(values: list[int], q: float) -> None:
    expected = quantile_of_sorted(sorted(values), q)
    assert quantile(Counter(values), q) == pytest.approx(expected)
    if q == 0.0 or q == 1.0:
        assert expected == (min(values) if q == 0.0 else max(values))
    elif q in (0.25, 0.5, 0.75) and len(values) > 1:
        quartiles = statistics.quantiles(values, n=4, method="inclusive")
        assert expected == pytest.approx(quartiles[int(q * 4) - 1])


@given(values=VALUES, q=Q)
def test_a_quantile_is_numpys_default_where_numpy_is_installed(values: list[int], q: float) -> None:
    numpy = pytest.importorskip("numpy", reason="numpy is in the bench extra")
    assert quantile_of_sorted(sorted(values), q) == pytest.approx(float(numpy.quantile(values, q)))


@given(values=VALUES)
def test_the_median_is_the_statistics_median(values: list[int]) -> None:
    assert quantile(Counter(values), 0.5) == pytest.approx(statistics.median(values))


def test_no_values_is_an_error() -> None:
    with pytest.raises(ValueError, match="no values"):
        quantile(Counter(), 0.5)
    with pytest.raises(ValueError, match="no values"):
        quantile_of_sorted([], 0.5)
    with pytest.raises(ValueError, match="each group"):
        bootstrap_median_difference([], [1], seed=0)


@given(
    first=st.lists(st.integers(0, 300), min_size=1, max_size=40),
    second=st.lists(st.integers(0, 300), min_size=1, max_size=40),
    seed=st.integers(0, 1000),
)
def test_the_bootstrap_is_seeded_and_its_interval_is_ordered(
    first: list[int], second: list[int], seed: int
) -> None:
    found = bootstrap_median_difference(first, second, seed=seed, reps=50)
    assert found == bootstrap_median_difference(first, second, seed=seed, reps=50)
    estimate, low, high = found
    assert estimate == pytest.approx(statistics.median(first) - statistics.median(second))
    assert low <= high
    assert min(first) - max(second) <= low
    assert high <= max(first) - min(second)


def test_the_interval_narrows_with_more_cases() -> None:
    small = bootstrap_median_difference(list(range(20)), list(range(10)), seed=1, reps=300)
    large = bootstrap_median_difference(list(range(20)) * 25, list(range(10)) * 25, seed=1, reps=300)
    assert large[2] - large[1] < small[2] - small[1]
