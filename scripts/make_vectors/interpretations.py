"""The interpretation values, each against its alternative: how a deadline on a closed day
rolls, the employer's and the sick person's request windows, and a late request."""

from __future__ import annotations

from functools import partial
from typing import Any

from scripts.make_vectors.common import ONE, D, due_of, employer_case, iso, sick_case
from scripts.make_vectors.data.days import ROLL_REQUESTS
from scripts.make_vectors.search import boundary_pair
from scripts.make_vectors.vector import Filed, vector

#: The first days of absence from which the request windows are searched.
WINDOW_FIRST_DAYS = (D(2025, 3, 3), D(2025, 11, 21))


def _rolled_meeting(req: D, roll: str, d: D) -> dict[str, Any]:
    return sick_case(
        req - 7 * ONE,
        req,
        first_meeting=iso(d),
        plan_agreed=True,
        as_of=iso(d),
        interpretation={"roll": roll},
    )


def _windowed_request(first: D, window: str, d: D) -> dict[str, Any]:
    return employer_case(first, d, as_of=iso(d), interpretation={"employer_window": window})


def _rolled_meeting_pairs() -> list[Filed]:
    filed: list[Filed] = []
    for req in ROLL_REQUESTS:
        for roll in ("none", "forward"):
            make = partial(_rolled_meeting, req, roll)
            filed += boundary_pair(
                "meeting",
                f"IR{roll[0].upper()}",
                "first_meeting",
                f"Meeting held (roll = {roll!r})",
                make,
                req,
                req,
            )
    return filed


def _employer_window_pairs(first: D) -> list[Filed]:
    filed: list[Filed] = []
    for window in ("first_five_weeks", "five_weeks_after"):
        tag = "IEF" if window == "first_five_weeks" else "IEA"
        what = f"Employer request (employer_window = {window!r})"
        make = partial(_windowed_request, first, window)
        filed += boundary_pair("request_window", tag, "request_window", what, make, first + 30 * ONE, first)
    return filed


def _sick_person_window_cases(first: D) -> list[Filed]:
    day36 = first + 35 * ONE
    return [
        vector(
            "request_window",
            f"ISW-{window.upper().replace('_', '')}-{iso(first)}",
            f"Sick person's request on day 36 ({iso(day36)}) under sick_person_window = {window!r}: "
            + ("late, ordinary track." if window == "five_weeks" else "no time limit, Fast track."),
            sick_case(first, day36, as_of=iso(day36), interpretation={"sick_person_window": window}),
            "BOUNDARY",
        )
        for window in ("five_weeks", "none")
    ]


def _late_request_cases() -> list[Filed]:
    first = D(2025, 3, 3)
    filed = []
    for late in ("earliest", "request"):
        for req in (first + 41 * ONE, first + 42 * ONE):  # request + 14 = day 56 / day 57
            interpretation = {"sick_person_window": "none", "late_request": late}
            obj = sick_case(first, req, as_of=iso(req), interpretation=interpretation)
            filed.append(
                vector(
                    "meeting",
                    f"ILR-{late.upper()}-{iso(req)}",
                    f"Sick person's request on {iso(req)} (day {(req - first).days + 1}) under "
                    f"late_request = {late!r} and no window: the meeting is due "
                    f"{iso(due_of(obj, 'first_meeting'))}.",
                    obj,
                    "BOUNDARY",
                )
            )
    return filed


def interpretation_pairs() -> list[Filed]:
    """The vectors that pin each interpretation value against its alternative."""
    filed = _rolled_meeting_pairs()
    for first in WINDOW_FIRST_DAYS:
        filed += _employer_window_pairs(first) + _sick_person_window_cases(first)
    return filed + _late_request_cases()
