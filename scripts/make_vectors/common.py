"""What every builder module uses: dates, the default calendars, running a case, and the
shapes of the cases they build."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fasttrack_rules import FasttrackError, assess_json, danish_bank_days, error_json, municipal_working_days
from scripts.make_vectors.data.cases import BASE

D = dt.date
ONE = dt.timedelta(days=1)
BANK, MUNI = danish_bank_days(), municipal_working_days()
WEEKDAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def iso(day: D) -> str:
    """The day as YYYY-MM-DD."""
    return day.isoformat()


def run(obj: object) -> dict[str, Any]:
    """The library's JSON answer to ``obj``: its result, or its error object."""
    try:
        return assess_json(obj)
    except FasttrackError as e:
        return error_json(e)


def case(base: dict[str, Any] = BASE, **changes: Any) -> dict[str, Any]:
    """A copy of ``base`` with top-level fields changed (``None`` removes nothing: it
    sets the field to null)."""
    return {**base, **changes}


def _requested(first: D, sick_person: str, by: str, request: D) -> dict[str, Any]:
    return {
        "first_day_of_absence": iso(first),
        "sick_person": sick_person,
        "over_8_weeks": True,
        "request": {"by": by, "date": iso(request)},
    }


def employer_case(first: D, request: D, **fields: Any) -> dict[str, Any]:
    """An employee's case, over 8 weeks, the employer's request and its letter on ``request``."""
    return {**_requested(first, "employee", "employer", request), "letter_sent": iso(request), **fields}


def sick_case(first: D, request: D, **fields: Any) -> dict[str, Any]:
    """A self-employed person's case, over 8 weeks, their own request on ``request``."""
    return {**_requested(first, "self_employed", "sick_person", request), **fields}


def due_of(obj: dict[str, Any], deadline: str, field: str = "due") -> D:
    """A deadline's day (``due``, or another of its day fields) in the result for ``obj``."""
    return D.fromisoformat(run(obj)["deadlines"][deadline][field])
