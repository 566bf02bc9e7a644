"""A slow, independent reference of the default interpretation, written from the
specification (docs/specification.md) alone: day-by-day counting, the reference
calendars of ``tests.reference``, no code of the library. Used by the sweep and the
boundary tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests import reference

ONE = dt.timedelta(days=1)


def plus_days(day: dt.date, n: int) -> dt.date:
    for _ in range(n):
        day += ONE
    return day


def nth_bank_day_after(day: dt.date, n: int) -> dt.date:
    return reference.add(reference.bank_open, day, n)


def last_municipal_on_or_before(day: dt.date) -> dt.date:
    return reference.previous_open(reference.municipal_open, day)


def window_last_day(first: dt.date) -> dt.date:
    """Last day of the first 5 weeks: day 35 of the absence."""
    return plus_days(first, 35 - 1)


def ordinary_due(first: dt.date) -> dt.date:
    """The last day of week 8: day 56 of the absence."""
    return plus_days(first, 56 - 1)


def status(due: dt.date, as_of: dt.date) -> str:
    """Nothing held: missed once as_of is past the due day, else pending."""
    return "missed" if as_of > due else "pending"


def sweep_case(first: dt.date, request_offset: int, route: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The sweep's case (JSON form) and the reference's expectation for it.

    Employer route: employee, forecast over 8 weeks, letter the day of the request,
    consent "agrees" returned 2 calendar days after the letter (late whenever a bank
    closing day intervenes), municipality does not continue after a late form.
    Sick-person route: forecast over 8 weeks. ``as_of`` is request + 10 days.
    """
    request = plus_days(first, request_offset)
    as_of = plus_days(request, 10)
    case: dict[str, Any] = {
        "first_day_of_absence": first.isoformat(),
        "sick_person": "employee" if route == "employer" else "unemployed",
        "over_8_weeks": True,
        "request": {"by": route, "date": request.isoformat()},
        "as_of": as_of.isoformat(),
    }
    expected: dict[str, Any] = {}
    start = dt.date(2015, 1, 5)  # Fast track exists for requests from this day (specification: request)
    ordinary = ordinary_due(first)  # the week-8 first follow-up exists for every first day
    expected["ordinary_first_meeting"] = (ordinary, status(ordinary, as_of))
    if request < start:
        # No Fast track: the request has no effect and the ordinary week-8 rule decides.
        for name in ("request_window", "doctor_consultation"):
            expected[name] = (None, "not_applicable")
        if route == "employer":
            case |= {"letter_sent": request.isoformat()}
            expected["consent_form"] = (None, "not_applicable")
        expected["first_meeting"] = (ordinary, status(ordinary, as_of))
        expected["latest_working_day"] = last_municipal_on_or_before(ordinary)
        expected["track"] = "ordinary"
        return case, expected
    in_window = request <= window_last_day(first)
    expected["request_window"] = (window_last_day(first), "met" if in_window else "missed")
    fast = in_window
    if route == "employer":
        returned = plus_days(request, 2)
        case |= {
            "letter_sent": request.isoformat(),
            "consent": {"answer": "agrees", "date": returned.isoformat()},
            "municipality_continues": False,
        }
        form_due = nth_bank_day_after(request, 2)
        if in_window:
            expected["consent_form"] = (form_due, "met" if returned <= form_due else "missed")
        else:  # a late request is no § 7 c request: no consent step
            expected["consent_form"] = (None, "not_applicable")
        fast = fast and returned <= form_due
    meeting = min(plus_days(request, 14), ordinary) if fast else ordinary
    expected["first_meeting"] = (meeting, status(meeting, as_of))
    expected["latest_working_day"] = last_municipal_on_or_before(meeting)
    expected["track"] = "fast_track" if fast else "ordinary"
    if fast:
        if route == "sick_person":
            doctor = plus_days(request, 8)
        elif plus_days(request, 2) >= dt.date(2025, 1, 1):
            doctor = plus_days(plus_days(request, 2), 8)
        else:
            doctor = nth_bank_day_after(request, 8)
        # The sweep's cases never say that the municipality asked for the consultation:
        # where the duty depends on that request (§ 9; the 2025 rule) a deadline that has
        # passed shows no breach; the 2015-2024 employer rule does not depend on it.
        doctor_status = status(doctor, as_of)
        conditional = route == "sick_person" or plus_days(request, 2) >= dt.date(2025, 1, 1)
        if doctor_status == "missed" and conditional:
            doctor_status = "undetermined"
        expected["doctor_consultation"] = (doctor, doctor_status)
    return case, expected
