"""The statistics of a report, in the standard library alone: quantiles of whole
numbers kept as counts (a histogram takes memory by its distinct values, not by its
cases), and a seeded percentile bootstrap of a difference of medians.
"""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from collections.abc import Sequence

__all__ = ["bootstrap_median_difference", "quantile", "quantile_of_sorted"]


def quantile_of_sorted(values: Sequence[float], q: float) -> float:
    """The ``q``-quantile (0 to 1) of sorted ``values``, interpolated linearly between
    the two nearest ranks (position ``(n - 1) * q``, as ``numpy.quantile``'s default).

    >>> quantile_of_sorted([1, 2, 3, 4], 0.5), quantile_of_sorted([10, 20], 0.9)
    (2.5, 19.0)
    """
    if not values:
        raise ValueError("no values")
    h = (len(values) - 1) * q
    low = math.floor(h)
    high = min(low + 1, len(values) - 1)
    return values[low] + (h - low) * (values[high] - values[low])


def quantile(counts: Counter[int], q: float) -> float:
    """The ``q``-quantile of the whole numbers counted in ``counts`` (value -> how often),
    as :func:`quantile_of_sorted` gives it for the values written out.

    >>> quantile(Counter({1: 1, 2: 1, 3: 1, 4: 1}), 0.5)
    2.5
    """
    n = counts.total()
    if n <= 0:
        raise ValueError("no values")
    h = (n - 1) * q
    low_rank = math.floor(h)
    low = _value_at(counts, low_rank)
    high = _value_at(counts, min(low_rank + 1, n - 1))
    return low + (h - low_rank) * (high - low)


def _value_at(counts: Counter[int], rank: int) -> int:
    """The value at ``rank`` (from 0, below the number of values) of the values counted,
    written out in order."""
    values = sorted(counts)
    ends = itertools.accumulate(counts[value] for value in values)
    return next(value for value, end in zip(values, ends, strict=True) if end > rank)


def bootstrap_median_difference(
    first: Sequence[int], second: Sequence[int], *, seed: int, reps: int = 1000, level: float = 0.95
) -> tuple[float, float, float]:
    """The difference of medians ``median(first) - median(second)`` and its percentile
    bootstrap interval at ``level``: each of ``reps`` rounds draws each group anew, with
    replacement, from ``random.Random(seed)`` (the same arguments give the same interval).

    >>> bootstrap_median_difference([10, 11, 12, 13], [1, 2, 3], seed=0, reps=200)[0]
    9.5
    """
    if not first or not second:
        raise ValueError("each group needs a value")
    rng = random.Random(seed)
    estimate = _median(sorted(first)) - _median(sorted(second))
    rounds = sorted(_median(_drawn(rng, first)) - _median(_drawn(rng, second)) for _ in range(reps))
    tail = (1 - level) / 2
    return estimate, quantile_of_sorted(rounds, tail), quantile_of_sorted(rounds, 1 - tail)


def _drawn(rng: random.Random, values: Sequence[int]) -> list[int]:
    sample = rng.choices(values, k=len(values))
    sample.sort()
    return sample


def _median(values: Sequence[float]) -> float:
    return quantile_of_sorted(values, 0.5)
