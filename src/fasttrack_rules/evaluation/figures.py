"""The figures of a report, each with the numbers of persons it rests on, and the rule
that keeps a suppressed figure from being derived from the figures shown beside it.

**Primary suppression.** A figure is shown only when every part it rests on counts at
least ``min_cell`` persons (:meth:`Figure.shown`).

**Secondary suppression.** A total shown beside its terms (the whole period beside its
months, all employers beside each, the lines read beside those rejected, outside and
assessed) would give the sum of the suppressed terms by subtraction: one suppressed
term would be known exactly, and two of at most 4 that sum to 8 would both be 4. A
total is therefore suppressed too when the suppressed terms it sums could be told
apart from none: when ``k`` terms below ``min_cell`` sum to more than
``(min_cell - 1) * (k - 1)``, some term would be known to count at least one person.
A share's terms are the persons it counts and those it does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from fasttrack_rules.evaluation.stats import quantile

__all__ = ["Figure", "count", "derivable", "fixed", "of_counts", "share", "totalled"]

Value = int | float | str | None


@attrs.frozen
class Figure:
    """A value, the numbers of persons it rests on (``parts``), the additive quantities
    it reveals (``terms``: a count itself; a share, the persons it counts and those it
    does not) and, for a total, the terms of each of its sums (``sums``)."""

    value: Value
    parts: tuple[int, ...]
    terms: tuple[int, ...] = ()
    sums: tuple[tuple[int, ...], ...] = ()

    def shown(self, min_cell: int) -> Value:
        """The value, or ``None`` when a part rests on fewer than ``min_cell`` persons or
        a suppressed term would be derivable from it (see the module's docstring)."""
        if not all(part >= min_cell for part in self.parts):
            return None
        if any(derivable(terms, min_cell) for terms in self.sums):
            return None
        return self.value


def derivable(terms: Sequence[int], min_cell: int) -> bool:
    """Whether a total of ``terms``, shown beside the terms, would tell a suppressed term
    (one below ``min_cell``) apart from none."""
    small = [t for t in terms if t < min_cell]
    return bool(small) and sum(small) > (min_cell - 1) * (len(small) - 1)


def totalled(total: Sequence[Figure], rows: Sequence[Sequence[Figure]]) -> tuple[Figure, ...]:
    """The figures of a total row, each given the terms of the same column in ``rows``
    (the rows it sums) as its sums, term by term."""
    out = []
    for column, figure in enumerate(total):
        sums = tuple(
            tuple(row[column].terms[k] for row in rows if len(row[column].terms) > k)
            for k in range(len(figure.terms))
        )
        out.append(attrs.evolve(figure, sums=sums) if rows else figure)
    return tuple(out)


def count(n: int) -> Figure:
    """A count of persons."""
    return Figure(n, (n,), (n,))


def share(part: int, whole: int) -> Figure:
    """``part`` of ``whole`` as a share (0 to 1, three decimals), resting on ``whole``
    and on ``part`` and ``whole - part`` unless either is none."""
    rests_on = (whole, *(n for n in (part, whole - part) if n))
    return Figure(round(part / whole, 3) if whole else None, rests_on, (part, whole - part))


def of_counts(counts: Counter[int], q: float, scale: int = 1) -> Figure:
    """The ``q``-quantile of ``counts`` (days), divided by ``scale`` (7: weeks), one decimal."""
    n = counts.total()
    return Figure(round(quantile(counts, q) / scale, 1) if n else None, (n,))


def fixed(value: Value) -> Figure:
    """A value that rests on no person (a label, the target)."""
    return Figure(value, ())
