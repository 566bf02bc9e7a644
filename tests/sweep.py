"""The sweep of every first day of absence 2005-2030 x request days 0-40 for one route,
compared with the independent reference (tests/reference_rules.py).

    python -m tests.sweep employer|sick_person   # prints {"checked": N, "differences": [...]}

Run as a subprocess by tests/test_assess_sweep.py, one per route, so that both cores work
and coverage tracing does not slow the half-million comparisons.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

from fasttrack_rules import assess_json
from tests import reference_rules as ref


def day(iso: object) -> dt.date | None:
    return None if iso is None else dt.date.fromisoformat(str(iso))


def sweep(route: str, years: range = range(2005, 2031)) -> tuple[int, list[Any]]:
    differences: list[Any] = []
    checked = 0
    first = dt.date(years.start, 1, 1)
    while first.year < years.stop:
        for offset in range(41):
            case, expected = ref.sweep_case(first, offset, route)
            result = assess_json(case)
            deadlines: dict[str, dict[str, object]] = result["deadlines"]  # type: ignore[assignment]
            got: dict[str, object] = {
                name: (day(d["due"]), d["status"]) for name, d in deadlines.items() if name in expected
            }
            got["track"] = result["track"]
            got["latest_working_day"] = day(deadlines["first_meeting"].get("latest_working_day"))
            if got != expected:
                differences.append({"case": case, "expected": str(expected), "got": str(got)})
            checked += 1
        first += dt.timedelta(1)
    return checked, differences


if __name__ == "__main__":
    n, diffs = sweep(sys.argv[1])
    print(json.dumps({"checked": n, "differences": diffs[:5], "count": len(diffs)}))
