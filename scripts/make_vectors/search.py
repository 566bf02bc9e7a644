"""Boundary pairs by search: an event's date is moved one day at a time until a deadline's
status flips; the last compliant day and the first non-compliant day become a pair."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scripts.make_vectors.common import ONE, WEEKDAY, D, iso, run
from scripts.make_vectors.vector import Filed, vector

CaseOn = Callable[[D], dict[str, Any]]


def status_of(inp: dict[str, Any], deadline: str) -> str:
    """The status of ``deadline`` in the result for ``inp``."""
    return str(run(inp)["deadlines"][deadline]["status"])


def search_pair(make: CaseOn, deadline: str, start: D, *, limit: int = 60) -> tuple[D, D]:
    """The first day d >= start on which an event on d meets ``deadline`` and one on d + 1
    does not: (d, d + 1).

    Raises:
        AssertionError: no such day within ``limit`` days of ``start``.
    """
    d = start
    for _ in range(limit):
        if status_of(make(d), deadline) == "met" and status_of(make(d + ONE), deadline) != "met":
            return d, d + ONE
        d += ONE
    raise AssertionError(f"no boundary for {deadline} from {start}")


def boundary_pair(
    subject: str, prefix: str, deadline: str, what: str, make: CaseOn, start: D, anchor: D
) -> list[Filed]:
    """The two vectors of a searched pair, ids ``{prefix}-{anchor}-LAST`` and ``-FIRST``."""
    last, first_bad = search_pair(make, deadline, start)
    return [
        vector(
            subject,
            f"{prefix}-{iso(anchor)}-{tag}",
            f"{what} on {WEEKDAY[day.weekday()]} {iso(day)} (anchor {iso(anchor)}): {deadline} {verdict}.",
            make(day),
            "BOUNDARY",
        )
        for day, tag, verdict in (
            (last, "LAST", "met: the last compliant day"),
            (first_bad, "FIRST", "not met: the first non-compliant day"),
        )
    ]
